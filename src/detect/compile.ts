/** Rules compiled into word sets and term lists once per detector. */
import { loadBuiltinRules, validateExtraRules, type RuleEntry } from './load-rules.js';
import { normalizeWord } from './normalize.js';

export interface CompiledRule {
  id: string;
  category: string;
  confidence: number;
  /** Each term as normalised words. */
  terms: string[][];
  context?: 'person' | 'address';
  baseWithoutContext: number;
  generic: boolean;
  /** The term names a person (contact person), so the field is a person's even in an organisation. */
  person: boolean;
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** Words allowed after a term, per category. */
  suffixes: Map<string, Set<string>>;
  deny: Map<string, string[][]>;
  /** Every word any rule or context list uses: what compound splitting may produce. */
  vocabulary: Set<string>;
  /** First words of terms: a name with none of these words cannot match (the fast path). */
  termWords: Set<string>;
  personContainers: Set<string>;
  nonPersonContainers: Set<string>;
  organisationContainers: Set<string>;
  settingsContainers: Set<string>;
  textContainers: Set<string>;
  mailedContainers: Set<string>;
  typeWrappers: Set<string>;
  personNouns: Set<string>;
  personEvidence: string[][];
  addressEvidence: string[][];
  prefixes: Set<string>;
  denyPrefixes: Set<string>;
  systemWords: Set<string>;
  allowedSuffixes: Set<string>;
  ruledOutAll: Set<string>;
  ruledOutNumeric: Set<string>;
  numericAllowed: Set<string>;
  compoundHeads: Set<string>;
  categories: string[];
}

const words = (term: string) => term.split(/\s+/).filter(Boolean).map(normalizeWord);
const set = (list: string[]) => new Set(list.flatMap(words));

export function compileRules(extra: unknown[], extraCategories: string[] = []): CompiledRules {
  const builtin = loadBuiltinRules();
  const byId = new Map<string, RuleEntry>();
  for (const file of builtin.categories) for (const rule of file.rules) byId.set(rule.id, rule);
  for (const rule of validateExtraRules(extra)) byId.set(rule.id, rule);

  const rules: CompiledRule[] = [...byId.values()].map((r) => ({
    id: r.id,
    category: r.category,
    confidence: r.confidence,
    terms: [...(r.terms ?? []).map(words), ...(r.words ?? []).map((w) => w.map(normalizeWord))],
    ...(r.context ? { context: r.context } : {}),
    baseWithoutContext: r.baseWithoutContext ?? 0,
    generic: Boolean(r.generic),
    person: Boolean(r.person),
  }));
  const c = builtin.context;
  const suffixes = new Map(builtin.categories.map((f) => [f.category, set(f.suffixes ?? [])]));
  const deny = new Map(builtin.categories.map((f) => [f.category, (f.deny ?? []).map((d) => d.map(normalizeWord))]));
  const vocabulary = new Set<string>();
  const termWords = new Set<string>();
  for (const rule of rules) for (const term of rule.terms) term.forEach((w, i) => (vocabulary.add(w), i === 0 && termWords.add(w)));
  const lists: string[][] = [c.personContainers, c.nonPersonContainers, c.organisationContainers, c.settingsContainers, c.textContainers, c.mailedContainers, c.typeWrappers, c.personNouns, c.denyPrefixes, c.systemWords, c.allowedSuffixes, c.compoundHeads, ...builtin.categories.map((f) => f.suffixes ?? []), builtin.categories.flatMap((f) => (f.deny ?? []).map((d) => d.join(' ')))];
  for (const list of lists) for (const w of set(list)) vocabulary.add(w);
  for (const d of deny.values()) for (const pattern of d) termWords.add(pattern[0]!);
  return {
    rules,
    suffixes,
    deny,
    vocabulary,
    termWords,
    personContainers: set(c.personContainers),
    nonPersonContainers: set(c.nonPersonContainers),
    organisationContainers: set(c.organisationContainers),
    settingsContainers: set(c.settingsContainers),
    textContainers: set(c.textContainers),
    mailedContainers: set(c.mailedContainers),
    typeWrappers: set(c.typeWrappers),
    personNouns: set(c.personNouns),
    personEvidence: c.personEvidence.map(words),
    addressEvidence: c.addressEvidence.map(words),
    prefixes: set(c.prefixes),
    denyPrefixes: set(c.denyPrefixes),
    systemWords: set(c.systemWords),
    allowedSuffixes: set(c.allowedSuffixes),
    ruledOutAll: set(c.ruledOutTypes.all),
    ruledOutNumeric: set(c.ruledOutTypes.numeric),
    numericAllowed: set(c.numericAllowed),
    compoundHeads: set(c.compoundHeads),
    categories: [...new Set([...builtin.categories.map((f) => f.category), ...rules.map((r) => r.category), ...extraCategories])].sort(),
  };
}
