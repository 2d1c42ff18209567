/**
 * Reads and validates the declarative rules in `rules/` once per process. `rules/` sits at the package root;
 * `src/detect` and `dist/detect` are both two levels below it.
 */
import { precompiled } from '../cache/validators.js';
import { readRulesYaml } from '../cache/parsed-rules.js';
import { categoryFileSchema, contextFileSchema, ruleEntrySchema } from './rule-schema.js';

export interface RuleEntry {
  id: string;
  category: string;
  confidence: number;
  terms?: string[];
  words?: string[][];
  context?: 'person' | 'address' | 'place' | 'address-record' | 'street-record' | 'token-record' | 'message' | 'message-record' | 'call-record' | 'name-record';
  baseWithoutContext?: number;
  generic?: boolean;
  person?: boolean;
  bare?: boolean;
  idLike?: boolean;
  owned?: boolean;
  numbered?: boolean;
  role?: boolean;
  thingOwns?: boolean;
  notIn?: string[];
  inRecord?: boolean;
  besideReach?: boolean;
  inSettings?: boolean;
  textOnly?: boolean;
  language?: string | string[];
}

export interface CategoryFile {
  category: string;
  title?: string;
  suffixes?: string[];
  rules: RuleEntry[];
  deny?: string[][];
}

export interface ContextFile {
  personContainers: string[];
  nonPersonContainers: string[];
  organisationContainers: string[];
  settingsContainers: string[];
  /** Settings containers too, but not the app's settings in a member chain (flows: settings-value.ts). */
  messageOptionContainers?: string[];
  textContainers: string[];
  mailedContainers: string[];
  typeWrappers: string[];
  personNouns: string[];
  qualifiedPersonContainers?: string[];
  transactionContainers?: string[];
  headFirstLanguages?: string[];
  leadingPayloadContainers?: string[];
  negations?: string[];
  legalWords?: string[];
  personWords?: string[];
  hostWords?: string[];
  nameVariants?: string[];
  /** Organisations named in two words (`public body`): one organisation word in a container's name. */
  organisationCompounds?: string[];
  /** A person's record named in two words (`job application`): one person word in a container's name. */
  personCompounds?: string[];
  hostedOccasions?: string[];
  personEvidence: string[];
  personAttributes?: string[];
  addressEvidence: string[];
  regionEvidence?: string[];
  prefixes: string[];
  denyPrefixes: string[];
  systemWords: string[];
  allowedSuffixes: string[];
  ownerPrepositions?: string[];
  partyVerbs?: string[];
  agentVerbs?: string[];
  ruledOutTypes: { all: string[]; numeric: string[]; text?: string[]; kindHeads?: string[] };
  numericAllowed: string[];
  numericReferenceConcepts?: string[];
  referenceConcepts?: string[];
  referenceRegisters?: string[];
  placeReferenceConcepts?: string[];
  placeRecordConcepts?: string[];
  addressContainerConcepts?: string[];
  occasionStarts?: string[];
  occasionEnds?: string[];
  occasionTimes?: string[];
  placeReferenceWords?: string[];
  placeReferenceBlockers?: string[];
  streetPartConcepts?: string[];
  connectionPorts?: string[];
  connectionSecrets?: string[];
  connectionEndpoints?: string[];
  birthStems?: string[];
  senderWords?: string[];
  addressBlockLines?: string[];
  searchResults?: string[];
  searchQueries?: string[];
  searchCounts?: string[];
  municipalityWords?: string[];
  buildingUnitConcepts?: string[];
  roomWords?: string[];
  tokenRecordFields?: string[];
  contactPointContainers?: string[];
  contactPointValues?: string[];
  contactRecords?: string[];
  contactKinds?: string[];
  valueWords?: string[];
  changeEvents?: string[];
  eventWords?: string[];
  compoundHeads: string[];
  messageContainers: string[];
  payloadContainers: string[];
  componentContainers: string[];
  messageComponentWords: string[];
  messageEvidence?: string[];
  mailSubjects?: string[];
  mailBodies?: string[];
  mailFilterContainers?: string[];
  mailContainers?: string[];
  callContainers?: string[];
  bulkMailContainers?: string[];
  partyContainers?: string[];
  organisationEvidence?: string[];
  softwareKeys?: string[];
  rentalEvidence?: string[];
  rentalParties?: string[];
  nodeParents?: string[];
  thingEvidence: string[];
  opaqueGenerics: string[];
}

export interface ValuesFile {
  email: string;
  street: string;
  postcodeWithTown: Record<string, string>;
}

export interface BuiltinRules {
  categories: CategoryFile[];
  context: ContextFile;
  values: ValuesFile;
}

const RULES_DIR = new URL('../../rules/', import.meta.url);
export const CATEGORY_FILES = ['address.yml', 'email.yml', 'name.yml', 'phone.yml'];

// Compiled at build time (src/cache/validators.ts), not at every start.
const validateCategory = precompiled('rule-category-file', categoryFileSchema);
const validateContext = precompiled('rule-context-file', contextFileSchema);
const validateEntry = precompiled('rule-entry', ruleEntrySchema);

function readYaml(name: string): unknown {
  return readRulesYaml(new URL(name, RULES_DIR));
}

function check(valid: boolean, errors: typeof validateEntry.errors, where: string): void {
  if (!valid) {
    const first = errors?.[0];
    throw new Error(`invalid detection rule in ${where}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim());
  }
}

let builtins: BuiltinRules | undefined;

export function loadBuiltinRules(): BuiltinRules {
  if (builtins) return builtins;
  const categories = CATEGORY_FILES.map((file) => {
    const data = readYaml(file) as CategoryFile;
    check(validateCategory(data), validateCategory.errors, `rules/${file}`);
    return { ...data, rules: data.rules.map((r) => ({ ...r, category: data.category })) };
  });
  const context = readYaml('context.yml') as ContextFile;
  check(validateContext(context), validateContext.errors, 'rules/context.yml');
  builtins = { categories, context, values: readYaml('values.yml') as ValuesFile };
  return builtins;
}

/** Rules from the policy: validated with the same schema, and each must name its category. */
export function validateExtraRules(entries: unknown[]): RuleEntry[] {
  return entries.map((entry, index) => {
    check(validateEntry(entry), validateEntry.errors, `detection.rules[${index}]`);
    const rule = entry as RuleEntry;
    if (!rule.category) throw new Error(`invalid detection rule in detection.rules[${index}]: missing category`);
    return rule;
  });
}
