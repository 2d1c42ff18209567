/**
 * The detector's contract. Every front end (code scanner, SQL, Prisma, PostgreSQL, ESLint) adapts its own
 * syntax to these plain facts; the detector never sees an AST node.
 */

/** A data category id: the built-ins `name`, `address`, `phone`, `email`, or one the policy adds. */
export type Category = string;

export const BUILTIN_CATEGORIES = ['address', 'email', 'name', 'phone'] as const;

/** What a front end knows about one field, column or property. */
export interface FieldFacts {
  /** The field as written: `billingStreetAddress`, `CUST_FNAME`, `"E-Mail"`. */
  name: string;
  /** The enclosing type, class, table or model, outermost first: `['Order', 'billing']`, `['public', 'customers']`. */
  container?: string[];
  /** The declared type as source text: `string`, `boolean`, `varchar(255)`, `String?`, `Address`, `'a' | 'b'`. */
  type?: string;
  /** Names of the other fields in the same container; a sibling set (`first_name` beside `email`) says "a person". */
  siblings?: string[];
  /**
   * Strong evidence from validators and column types, already normalised by the front end to a category id:
   * `@IsEmail()`, `z.string().email()`, Django `EmailField`, a `citext` email domain all give `email`.
   */
  hints?: Category[];
  /** Annotations found on the field or inherited from its container or file (they override detection). */
  annotations?: Annotations;
}

/** Parsed `@purpose` / `@personal` annotations (JSDoc, SQL comments, Prisma `///`). */
export interface Annotations {
  purposes: string[];
  /** `@personal email` adds categories the name does not say. */
  personal: Category[];
  /** `@personal none -- reason`: a reviewed false positive, kept visible as suppressed. */
  suppressed?: { reason: string };
  /** Where each annotation was written, for `valid-annotations` and error messages (offsets in the comment text). */
  spans?: AnnotationSpan[];
}

export interface AnnotationSpan {
  tag: 'purpose' | 'personal';
  value: string;
  /** Offset of `value` within the comment text given to the parser. */
  start: number;
  end: number;
}

/** Why the detector decided what it did; reporters turn this into words. */
export interface Evidence {
  /** Id of the rule that matched, e.g. `email.word`, `name.given`, `hint.email`, `annotation`. */
  ruleId: string;
  /** The words of the field name that matched (after splitting and prefix removal). */
  words: string[];
  /** 0..1 */
  confidence: number;
  /** Short machine-readable notes: `container:person+0.2`, `type:text`, `sibling:first_name`. */
  notes: string[];
}

export interface Detection {
  category: Category;
  confidence: number;
  evidence: Evidence;
}

/** A near miss: a rule matched but something ruled it out. Kept so `--verbose` can explain silence. */
export interface Exclusion {
  category: Category;
  ruleId: string;
  /** e.g. `deny:email.verified`, `type:boolean`, `container:not-person`, `below-threshold`. */
  reason: string;
}

export interface FieldResult {
  /** Categories the field holds, best first; empty when it is not personal data. */
  matches: Detection[];
  excluded: Exclusion[];
  /** Set when an annotation `@personal none -- reason` suppressed what would otherwise match. */
  suppressed?: { reason: string; matches: Detection[] };
  /** Container looks like an organisation (Company, Supplier, Warehouse, Store): reporters may say so. */
  isOrganisation?: boolean;
}

export interface ValueResult {
  category: Category;
  ruleId: string;
}

export interface Detector {
  classifyField(facts: FieldFacts): FieldResult;
  /** Classify one sampled value; never log or return the value itself. */
  classifyValue(value: string): ValueResult | undefined;
  /** All category ids the detector knows (built-in plus custom). */
  readonly categories: readonly Category[];
}
