/**
 * The report's data: a versioned JSON shape (formatVersion 1) that every format renders, that
 * `privmap report --format json` writes and that `--compare` reads back. Documented field by field in
 * `src/report/schema.ts` (-> schema/report.schema.json) and docs/report.md.
 *
 * Determinism: no timestamp unless asked for; purposes and recipients keep the order of privacy.yml (the order
 * the privacy team wrote them in); every other list is sorted.
 */
import type { LegalBasis } from '../policy/types.js';
import type { Right, RightCell } from './rights.js';

export const REPORT_FORMAT_VERSION = 1;

export type ElementStatus = 'declared' | 'undeclared' | 'suppressed';

/** How many elements have each status; `percent` is the share that is not undeclared. */
export interface StatusCounts {
  total: number;
  declared: number;
  undeclared: number;
  suppressed: number;
  percent: number;
}

export interface ReportTransfer {
  country: string;
  safeguard: string;
  /** False for a recipient in another EEA country: a transfer in the Chapter V sense only when true. */
  outsideEea: boolean;
}

export interface ReportController {
  name: string;
  website?: string;
  contact: string[];
  dpo?: string;
  supervisoryAuthority?: { name: string; url?: string; country?: string };
}

export interface ReportCategory {
  id: string;
  title: string;
  description?: string;
  /** fideslang data category key (`user.contact.email`). */
  fides: string;
  builtin: boolean;
}

export interface ReportPurpose {
  id: string;
  title: string;
  description?: string;
  legalBasis?: LegalBasis;
  /** `Legitimate interests`. */
  legalBasisTitle?: string;
  /** The paragraph of GDPR Art. 6(1): `6(1)(f)`. */
  article?: string;
  categories: string[];
  subjects: { id: string; title: string }[];
  recipients: { id: string; title: string; kind: string; transfer?: ReportTransfer }[];
  retention?: string;
  security?: string;
  lia?: string;
  consent?: { mechanism: string; withdrawal?: string };
  optOut?: string;
  directMarketing: boolean;
  profiling: boolean;
  erasureExempt: boolean;
  rights: Record<Right, RightCell>;
  /** Inventory elements that name this purpose, by status. */
  elements: StatusCounts;
}

export interface ReportRecipient {
  id: string;
  title: string;
  description?: string;
  kind: string;
  /** False for a recipient the code sends data to that privacy.yml does not declare. */
  isDeclared: boolean;
  purposes: string[];
  categories: string[];
  transfer?: ReportTransfer;
  /** Ids of the flow elements that reach it. */
  elements: string[];
}

export interface ReportReason {
  code: 'no-purpose' | 'unknown-purpose' | 'category-not-allowed' | 'recipient-undeclared' | 'recipient-not-allowed' | 'purpose-conflict';
  /** The reason's data (`purpose`, `suggestion`, `category`, `recipient`, `purposes`). */
  args: Record<string, string | string[]>;
  /** In words (src/report/reason-text.ts). */
  text: string;
}

export interface ReportLocation {
  source: string;
  /** `src/customer.ts:12`, `prisma/schema.prisma:8 (public.customers.email)`, `live public.customers.email`. */
  text: string;
  file?: string;
  line?: number;
  col?: number;
  table?: string;
  column?: string;
}

export interface ReportElement {
  id: string;
  kind: 'field' | 'flow';
  category: string;
  container: string;
  /** Field or column; for a flow, the sink callee. */
  field: string;
  status: ElementStatus;
  reasons: ReportReason[];
  /** For an undeclared element: what would fix it. */
  fix?: string;
  suppressedReason?: string;
  purposes: string[];
  recipients: string[];
  sources: string[];
  locations: ReportLocation[];
  /** One line per piece of evidence: rule, confidence and notes; never a sampled value. */
  evidence: string[];
  /** Highest confidence of the evidence, 0..1. */
  confidence: number;
  organisation: boolean;
  sink?: { id: string; kind: string; package?: string; host?: string };
}

/** An element as `--compare` names it when it appeared, disappeared or changed status. */
export interface ReportChange extends Pick<ReportElement, 'id' | 'kind' | 'category' | 'container' | 'field' | 'status'> {
  /** For a status change: the status in the previous report. */
  previousStatus?: ElementStatus;
}

/** One repository or database in an organisation's record (`privmap report --store`). */
export interface ReportSystem {
  /** The repository name it was pushed as (`acme/shop`). */
  id: string;
  commit: string;
  branch?: string;
  scannedAt: string;
  /** Its own elements by status: the same counts as its own report. */
  elements: StatusCounts;
}

/** A table column that several systems hold or read: the same element seen in several systems. */
export interface ReportSharedColumn {
  /** Schema-qualified, lower case: `public.customers`. */
  table: string;
  column: string;
  categories: string[];
  systems: { system: string; elements: string[]; statuses: ElementStatus[] }[];
}

/** Only in an organisation's record built from the store. */
export interface ReportOrganisation {
  systems: ReportSystem[];
  sharedColumns: ReportSharedColumn[];
}

export interface ReportJson {
  formatVersion: 1;
  tool: { name: 'privmap'; version: string };
  generatedAt?: string;
  controller: ReportController;
  summary: StatusCounts & { files: number; lines: number };
  categories: ReportCategory[];
  purposes: ReportPurpose[];
  recipients: ReportRecipient[];
  elements: ReportElement[];
  coverage: { bySource: Record<string, StatusCounts>; byCategory: Record<string, StatusCounts> };
  drift: { kind: 'undocumented-column' | 'missing-column'; table: string; column: string }[];
  skipped: { file: string; reason: string; line?: number; detail?: string }[];
  lint: { code: string; severity: 'error' | 'warning'; message: string }[];
  warnings: string[];
  compare?: { previousGeneratedAt?: string; appeared: ReportChange[]; disappeared: ReportChange[]; changed: ReportChange[] };
  /** The organisation's record (`report --store`): one entry per system, and the columns several hold. */
  organisation?: ReportOrganisation;
}

export interface ReportOptions {
  /** A previous JSON report: the new one says what appeared, disappeared and changed status since. */
  compare?: ReportJson;
  /** ISO date to stamp on the report; none by default so the same input gives the same bytes. */
  generatedAt?: string;
}
