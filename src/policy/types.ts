/**
 * The machine-readable privacy policy (`privacy.yml`) after loading and validation.
 * Maps keyed by id keep YAML short and give every id a position for error messages.
 */
import type { Category } from '../detect/types.js';

/** GDPR Art. 6(1) legal bases, with the letter of the paragraph. */
export const LEGAL_BASES = {
  consent: 'a',
  contract: 'b',
  'legal-obligation': 'c',
  'vital-interests': 'd',
  'public-task': 'e',
  'legitimate-interests': 'f',
} as const;
export type LegalBasis = keyof typeof LEGAL_BASES;

export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

export interface Controller {
  name: string;
  website?: string;
  contact: string[];
  /** Data protection officer, when there is one. */
  dpo?: string;
  supervisoryAuthority?: { name: string; url?: string; country?: string };
}

export interface CategoryDef {
  id: Category;
  title: string;
  description?: string;
  /** fideslang data category key, e.g. `user.contact.email`. */
  fides: string;
  /** Severity of an undeclared finding of this category in `check`. */
  severity: 'error' | 'warning';
  builtin: boolean;
  /** Detection rules written under the category (`detect:`); the loader also appends them to `detection.rules`. */
  detect?: unknown[];
  /** Where the file declares the category; absent for a built-in the file does not mention. */
  position?: SourcePosition;
}

export interface SubjectDef {
  id: string;
  title: string;
  description?: string;
  /** The table that holds one row per person of this kind (`public.customers`): where `privmap dsar` starts. */
  table?: string;
  position?: SourcePosition;
}

export interface PurposeDef {
  id: string;
  title: string;
  description?: string;
  legalBasis?: LegalBasis;
  categories: Category[];
  subjects: string[];
  retention?: string;
  /** Reference to the legitimate interests assessment (balancing test). */
  lia?: string;
  /** How consent is collected and withdrawn (consent purposes). */
  consent?: { mechanism: string; withdrawal?: string };
  /** How a data subject opts out (marketing). */
  optOut?: string;
  directMarketing: boolean;
  profiling: boolean;
  /** Data kept for this purpose is not erased on request (e.g. accounting records). */
  erasureExempt: boolean;
  security?: string;
  position?: SourcePosition;
}

export interface RecipientDef {
  id: string;
  title: string;
  description?: string;
  /** `internal` sinks (logs) or `third-party` processors and controllers. */
  kind: 'internal' | 'processor' | 'controller';
  purposes: string[];
  categories: Category[];
  /** npm packages that identify this recipient in code (`pino`, `@sendgrid/mail`). */
  packages: string[];
  /** Hosts that identify it in HTTP calls (`api.mixpanel.com`, `*.hubapi.com`). */
  hosts: string[];
  /** Sink catalogue ids that count as this recipient (`console`, `pino`). */
  sinks: string[];
  transfer?: { country: string; safeguard: string };
  position?: SourcePosition;
}

/** Ties code and data to purposes without touching the code. */
export interface ProcessingDecl {
  purposes: string[];
  /** Globs relative to the policy file's directory. */
  paths: string[];
  /** `Customer.email`, `Customer.*`. */
  symbols: string[];
  /** `public.invoices.*`, `customers.email`. */
  tables: string[];
  position?: SourcePosition;
}

export interface Policy {
  /** Absolute path of the loaded file. */
  file: string;
  /** Directory that relative globs are resolved from. */
  root: string;
  version: 1;
  controller: Controller;
  categories: Record<Category, CategoryDef>;
  subjects: Record<string, SubjectDef>;
  purposes: Record<string, PurposeDef>;
  recipients: Record<string, RecipientDef>;
  processing: ProcessingDecl[];
  /** Extra detection rules and sinks, same schema as `rules/*.yml` and `rules/sinks/*.yml`. */
  detection: {
    defaultRegion?: string;
    rules: unknown[];
    sinks: unknown[];
  };
  /** Globs the code scanner skips. */
  ignore: string[];
  /** Extra SQL migration globs. */
  sql: string[];
  database?: { urlEnv?: string; schemas?: { include?: string[]; exclude?: string[] } };
}

export interface LintMessage {
  /** `purpose-without-legal-basis`, `marketing-on-contract`, ... */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  position?: SourcePosition;
}
