/**
 * Findings are the data that flows from scanners to the inventory. No text for people is made here:
 * reporters and rule messages do that.
 */
import type { ThirdParty } from './flows/third-parties.js';
import type { Category, Evidence } from './detect/types.js';

export type SourceKind = 'code' | 'sql' | 'prisma' | 'postgres';

/** Where a finding was seen. Paths are POSIX and relative to the scan root. */
export interface Location {
  source: SourceKind;
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  col?: number;
  /** For database sources: the real table (after @@map), schema-qualified when known: `public.customers`. */
  table?: string;
  /** For database sources: the real column name (after @map / @Column({ name })). */
  column?: string;
  /** A secondary place, e.g. the migration that last renamed the column. */
  related?: { file: string; line: number; note: string }[];
}

/** Personal data held in a declared field, property or column. */
export interface FieldFinding {
  kind: 'field';
  source: SourceKind;
  category: Category;
  /** `Customer`, `Order.billing`, `public.customers`. */
  container: string;
  field: string;
  location: Location;
  evidence: Evidence;
  /** Purposes from annotations on the field, its container or its file. */
  purposes: string[];
  suppressed?: { reason: string };
  /** The container looks like an organisation rather than a person (a warehouse's phone). */
  isOrganisation?: boolean;
  /**
   * Where the value is stored, when the front end knows: lets the inventory merge Prisma `Customer.email`,
   * migration `customers.email`, live `public.customers.email` and a TypeORM entity into one element.
   */
  storage?: { schema?: string; table: string; column: string };
  /** Extra facts for review, e.g. `json` for a Json column listed for review. */
  tags?: string[];
  /**
   * Code only: character offsets of the declaring node (after leading trivia) in the file, so an editor fix
   * can insert a JSDoc annotation above it. Not part of the id, not printed.
   */
  range?: [number, number];
}

/** Personal data reaching a sink (a logger, an analytics client, an HTTP call to a third party). */
export interface FlowFinding {
  kind: 'flow';
  source: 'code';
  categories: Category[];
  /** The enclosing function or `<module>`. */
  container: string;
  /** Canonical callee as written: `logger.info`, `mixpanel.track`, `fetch`. */
  sink: string;
  /** Sink catalogue entry id: `pino`, `segment`, `http`. */
  sinkId: string;
  /** Recipient kind from the catalogue: `logs`, `analytics`, `email`, `crm`, `monitoring`, `ai`, `file`, `http`. */
  sinkKind: string;
  /** The package that identified the sink (`pino`), when known. */
  package?: string;
  /** The host of an HTTP call, when a literal URL shows it. */
  host?: string;
  /** What carried the data: `customer.email`, `{ email }`. */
  expressions: string[];
  /**
   * Through the project's own modules: the chain from the called wrapper to the vendor
   * (`sendEmail`, `mailer.sendMail`, `nodemailer`). Absent when the sink is called directly.
   */
  via?: string[];
  /**
   * The recipient is inferred from a wrapper's own name (`mailService`), not a catalogued vendor: that name, the
   * evidence in words, and a confidence below a catalogued call's 1.
   */
  inferred?: { name: string; evidence: string; confidence: number };
  location: Location;
  purposes: string[];
  suppressed?: { reason: string };
}

export type Finding = FieldFinding | FlowFinding;

/** A file or statement that could not be read; the scan goes on without it. */
export interface Skipped {
  file: string;
  /** `parse-error`, `too-large`, `minified`, `generated`, `ignored`, `sql-error`, `permission-denied`, ... */
  reason: string;
  /** One line for people, never containing a sampled value or a password. */
  detail?: string;
  line?: number;
}

/** Schema objects seen by database sources, used for drift reports. */
export interface SchemaColumn {
  source: 'sql' | 'prisma' | 'postgres';
  schema: string;
  table: string;
  column: string;
  type?: string;
  location: Location;
}

export interface ScanResult {
  findings: Finding[];
  skipped: Skipped[];
  /** Counts for summaries. */
  stats: { files: number; lines: number };
  /** Every column a database source saw (personal or not), for drift between sources. */
  columns?: SchemaColumn[];
  /** Errors that did not stop the scan (a table the role may not read, a timeout). */
  warnings?: string[];
  /** Vendors' SDKs the repository's package.json files depend on, with the wrappers found around them (code scan). */
  thirdParties?: ThirdParty[];
}
