/**
 * The inventory: findings joined with the policy. One element per data element and category, with every
 * location where it was seen. Reporters read only this.
 */
import type { ThirdParty } from '../flows/third-parties.js';
import type { Category, Evidence } from '../detect/types.js';
import type { Finding, Location, Skipped, SourceKind } from '../finding.js';
import type { LintMessage, Policy } from '../policy/types.js';

export type Status = 'declared' | 'undeclared' | 'suppressed';

/** Why an element is undeclared; reporters turn the code into words. */
export type Reason =
  | { code: 'no-purpose' }
  | { code: 'unknown-purpose'; purpose: string; suggestion?: string }
  | { code: 'category-not-allowed'; purpose: string; category: Category }
  | { code: 'recipient-undeclared'; recipient: string }
  | { code: 'recipient-not-allowed'; recipient: string; category: Category }
  | { code: 'purpose-conflict'; purposes: string[] };

export interface InventoryElement {
  /** Stable: a hash of kind, source, file or table, container, field or sink, category. Never the line. */
  id: string;
  kind: 'field' | 'flow';
  category: Category;
  /** `Customer`, `public.customers`, or the enclosing function of a flow. */
  container: string;
  /** Field or column; for a flow, the sink callee (`logger.info`). */
  field: string;
  status: Status;
  reasons: Reason[];
  purposes: string[];
  /** Recipient ids this element flows to (declared or not), sorted. */
  recipients: string[];
  sources: SourceKind[];
  /** Sorted: source, file, line, table, column. */
  locations: Location[];
  evidence: Evidence[];
  suppressedReason?: string;
  isOrganisation?: boolean;
  /** For flows: the sink catalogue id and recipient kind. */
  sink?: { id: string; kind: string; package?: string; host?: string; recipient?: string };
  tags?: string[];
  /** The raw findings merged into this element. */
  findings: Finding[];
}

export type DriftKind = 'undocumented-column' | 'missing-column';

export interface Drift {
  kind: DriftKind;
  table: string;
  column: string;
  location: Location;
}

export interface Inventory {
  /** Version of the inventory JSON format. */
  formatVersion: 1;
  tool: { name: 'privmap'; version: string };
  policy: Policy;
  elements: InventoryElement[];
  lint: LintMessage[];
  skipped: Skipped[];
  drift: Drift[];
  warnings: string[];
  stats: { files: number; lines: number };
  /** Vendors' SDKs in the repository's package.json files, with wrappers found around them (recipients to confirm). */
  thirdParties?: ThirdParty[];
}
