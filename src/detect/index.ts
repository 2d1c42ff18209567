/** The one detector every front end uses: plain facts in, categories with evidence out. */
import { mayTellByType } from './type-text.js';
import { gluedPrefixOf, withoutGluedPrefix, type GluedPrefix } from './glued-prefix.js';
import { tablePrefixOf, withoutTablePrefix } from './table-prefix.js';
import { tableSuffixOf, withoutTableSuffix } from './table-suffix.js';
import { addressBlockOf } from './address-block.js';
import { columnGroupsOf } from './column-group.js';
import { translatedFrom } from './translated-column.js';
import { namePairOf, qualifiedNamePairOf } from './name-pair.js';
import { variantSuffixOf } from './variant-suffix.js';
import { hasAnnotations, parseAnnotations } from './annotations.js';
import { classifyWithRules, THRESHOLD, type SiblingEvidence } from './classify-field.js';
import { compileRules, type CompiledRules } from './compile.js';
import { classifySiblings, wordsOf } from './context.js';
import { loadBuiltinRules } from './load-rules.js';
import { splitWords } from './split-words.js';
import { isStreetRegister } from './street-register.js';
import { hasKindSibling } from './value-holder.js';
import type { Detection, Detector, FieldFacts, FieldResult } from './types.js';
import { createValueClassifier } from './values.js';

export { parseAnnotations, splitWords, THRESHOLD };

export interface DetectorOptions {
  /** Extra rules from the policy (`detection.rules`), same schema as `rules/*.yml`. */
  rules?: unknown[];
  /** Country for phone numbers without a country code. */
  defaultRegion?: string;
  /** Category ids the policy declares (custom ones included). */
  categories?: string[];
}

const MAX_MEMO = 100_000;

/**
 * A memo entry: the result, or, for names whose ambiguous terms read the siblings, one result per sibling
 * evidence. The key holds what the container says (its kind and word), not its name, so `email` in the
 * 500th person entity costs a map lookup.
 */
/**
 * A memo entry: the result itself where the classification read no sibling evidence, else the results by the
 * evidence it read (`asked`: bit 1 the evidence without the language, bit 2 with it; both may be read).
 */
type MemoEntry = { result: FieldResult } | { bySiblings: Map<string, FieldResult>; asked: number };

const NOTHING_FOUND: FieldResult = Object.freeze({ matches: [], excluded: [] }) as FieldResult;

/** A result read through another column's name, with the note that says which (a memoised result is not changed). */
function noted(result: FieldResult, note: string): FieldResult {
  return { ...result, matches: result.matches.map((m) => ({ ...m, evidence: { ...m.evidence, notes: [...m.evidence.notes, note] } })) };
}

/** A line of an address block (address-block.ts), with the number of lines it is one of. */
function blockLine(name: string, lines: number): Detection {
  const confidence = 0.8;
  return { category: 'address', confidence, evidence: { ruleId: 'address.block-line', words: [name], confidence, notes: [`siblings:address-block(${lines})`] } };
}

function applyAnnotations(result: FieldResult, facts: FieldFacts): FieldResult {
  const annotations = facts.annotations!;
  let matches = result.matches;
  for (const category of annotations.personal) {
    if (!matches.some((m) => m.category === category)) {
      const forced: Detection = { category, confidence: 1, evidence: { ruleId: 'annotation', words: [], confidence: 1, notes: ['@personal'] } };
      matches = [...matches, forced];
    }
  }
  if (annotations.suppressed) return { ...result, matches: [], suppressed: { reason: annotations.suppressed.reason, matches } };
  return { ...result, matches };
}

/**
 * Every flag and text of a record's evidence, as a memo key: built from the object itself, so a flag added to the
 * evidence later is in the key without anyone remembering to add it (session 23 found five left out, which made an
 * answer depend on the fields asked before it). Maps and the word tables are how the evidence was found, not what it says.
 */
const evidenceKeys = new WeakMap<SiblingEvidence, string>();
export function evidenceKey(e: SiblingEvidence): string {
  let key = evidenceKeys.get(e);
  if (key === undefined) {
    const parts: string[] = [];
    for (const [name, value] of Object.entries(e)) {
      if (value === true) parts.push(name);
      else if (typeof value === 'string' && value) parts.push(`${name}=${value}`);
    }
    key = `${parts.sort().join(' ')}:${e.languages.join(',')}`;
    evidenceKeys.set(e, key);
  }
  return key;
}

function withoutGluedTable(container: string[], glued: GluedPrefix, rules: CompiledRules): string[] {
  const table = container[container.length - 1]!;
  const bare = withoutGluedPrefix(table, glued, rules);
  return bare === table ? container : [...container.slice(0, -1), bare];
}

export function createDetector(options: DetectorOptions = {}): Detector {
  const rules = compileRules(options.rules ?? [], options.categories ?? []);
  const classifyValue = createValueClassifier(loadBuiltinRules().values, options.defaultRegion);
  // Entity fields repeat across files (email, name, createdAt): memoise on everything that decides.
  const memo = new Map<string, MemoEntry>();
  const quick = new Map<string, boolean>();
  /** Whether any word of the name could start a rule; decided once per distinct name. */
  const quickMayMatch = (name: string) => {
    let may = quick.get(name);
    if (may === undefined) {
      const words = wordsOf(name, rules);
      // A contact point's `value` or `data` holds a phone or an email though no word of its name says so.
      may = words.some((w) => rules.termWords.has(w)) || rules.contactPointValues.has(words[words.length - 1] ?? '');
      if (quick.size > 100_000) quick.clear();
      quick.set(name, may);
    }
    return may;
  };
  return {
    categories: rules.categories,
    classifyField(given) {
      // OXFNAME in a table whose every column starts with OX: match FNAME.
      const glued = gluedPrefixOf(given.siblings, rules);
      // z01_nome in a table whose every column starts with the table code z01_: match nome.
      const table = glued ? undefined : tablePrefixOf(given.siblings, rules);
      // nom_adh in a table whose columns mostly end in the table code _adh: match nom.
      const suffixed = glued || table ? undefined : tableSuffixOf(given.siblings, rules);
      // The table carries the vendor prefix too (oxshops, oxuser): its name without it says what the record is.
      const facts = glued
        ? { ...given, name: withoutGluedPrefix(given.name, glued, rules), siblings: glued.siblings, ...(given.container?.length ? { container: withoutGluedTable(given.container, glued, rules) } : {}) }
        : table
          ? { ...given, name: withoutTablePrefix(given.name, table), siblings: table.siblings }
          : suffixed
            ? { ...given, name: withoutTableSuffix(given.name, suffixed), siblings: suffixed.siblings }
            : given;
      const result = classifyFacts(facts);
      if (result.matches.length > 0 || result.suppressed) return result;
      // zeile1..zeile7 of a donation receipt, relationsTekst1..5 of a guardian: the lines of an address block (address-block.ts).
      const block = addressBlockOf(facts.name, facts.type, facts.siblings, facts.container, rules);
      if (block !== undefined) return { ...result, matches: [blockLine(facts.name, block)] };
      // street_name_sv beside street_name: a translated copy holds what the column holds (translated-column.ts).
      const original = translatedFrom(facts.name, facts.siblings);
      if (original) {
        // Streets and towns have a name in each official language; a person's name, number or mailbox has one only.
        const translated = classifyFacts({ ...facts, name: original });
        const address = translated.matches.filter((m) => m.category === 'address');
        if (address.length > 0) return noted({ ...translated, matches: address }, `translation-of:${original}`);
      }
      // nome_utente beside cognome_utente: a login's words beside the user's surname are the user's name (name-pair.ts).
      if (result.excluded.some((e) => e.category === 'name' && e.reason.startsWith('deny:'))) {
        const pair = namePairOf(facts.name, facts.siblings, rules);
        const names = pair ? classifyFacts({ ...facts, name: pair }).matches.filter((m) => m.category === 'name') : [];
        if (names.length > 0) return noted({ ...result, matches: names }, `name-pair-of:${pair}`);
      }
      // COGNOME_RP beside NOME_RP: two parts of one name behind the same unknown word are a person's (name-pair.ts).
      const qualifier = result.excluded.find((e) => e.category === 'name' && e.reason.startsWith('qualifier:'))?.reason.slice('qualifier:'.length);
      const part = qualifier ? qualifiedNamePairOf(facts.name, facts.siblings, qualifier, rules) : undefined;
      if (part) {
        const names = classifyFacts({ ...facts, name: part }).matches.filter((m) => m.category === 'name');
        if (names.length > 0) return noted({ ...result, matches: names }, `qualified-name-pair:${qualifier}`);
      }
      // endcon beside ender, cepcon beside cep: a second copy of the columns, stems cut short (variant-suffix.ts).
      for (const copied of variantSuffixOf(facts.siblings, rules)?.originals.get(facts.name) ?? []) {
        const found = classifyFacts({ ...facts, name: copied });
        if (found.matches.length > 0) return noted(found, `copy-of:${copied}`);
      }
      if (glued || table || suffixed) return result;
      // ktoiplz beside ktoivorname and ktoistrasse: a party's legacy code before each column (column-group.ts).
      const groups = columnGroupsOf(given.siblings, rules);
      const word = groups?.words.get(given.name);
      return word ? noted(classifyFacts({ ...given, name: word, siblings: groups!.siblings }), `party-code:${given.name.slice(0, given.name.length - word.length)}`) : result;
    },
    classifyValue,
  };

  function classifyFacts(facts: FieldFacts): FieldResult {
    if (!hasAnnotations(facts.annotations) && !facts.hints?.length && !mayTellByType(facts.type) && !quickMayMatch(facts.name)) return NOTHING_FOUND;
    // The whole container path is part of the key: what a container says is read in many places (its kind, its last
    // word, a reference list only as the sole segment, the record's name, its language), and a key that kept only
    // some of them let the first question asked decide later ones (a bare `userName` argument decided the member of
    // a `conversation`; `data.CepDto.Cep` decided `CepDto.Cep`): an answer must not depend on what was asked before.
    const key = `${facts.name}\u0000${facts.container?.join('\u0001') ?? ''}\u0000${facts.type ?? ''}\u0000${facts.hints?.join(',') ?? ''}${isStreetRegister(facts.siblings) ? '\u0000register' : ''}${hasKindSibling(facts.siblings, rules) ? '\u0000kind' : ''}`;
    const entry = memo.get(key);
    let result: FieldResult | undefined;
    if (entry && 'result' in entry) result = entry.result;
    else {
      // Each evidence is made once per question, with or without the record's language as the rules ask; an
      // answer is shared only by questions whose every evidence read is the same (two sessions' bugs came from
      // keeping the first evidence made for a later call that asked the language).
      const evidence: [SiblingEvidence | undefined, SiblingEvidence | undefined] = [undefined, undefined];
      let used = 0;
      const siblingsOf = (language: boolean) => {
        used |= language ? 2 : 1;
        const at = language ? 1 : 0;
        return (evidence[at] ??= classifySiblings(facts.siblings, facts.name, rules, language ? facts.container ?? [] : undefined, facts.container));
      };
      const evidenceKeyOf = (asked: number) => `${asked & 1 ? evidenceKey(siblingsOf(false)) : ''}|${asked & 2 ? evidenceKey(siblingsOf(true)) : ''}`;
      if (entry) result = entry.bySiblings.get(evidenceKeyOf(entry.asked));
      if (!result) {
        used = 0;
        result = classifyWithRules(facts, rules, siblingsOf);
        if (memo.size >= MAX_MEMO) memo.clear();
        const asked = (entry?.asked ?? 0) | used;
        if (asked) {
          // A question that read more than the entry's earlier ones starts the entry over under the wider key.
          const bySiblings = entry && entry.asked === asked ? entry.bySiblings : new Map<string, FieldResult>();
          bySiblings.set(evidenceKeyOf(asked), result);
          memo.set(key, { bySiblings, asked });
        } else memo.set(key, { result });
      }
    }
    return hasAnnotations(facts.annotations) ? applyAnnotations(result!, facts) : result!;
  }
}
