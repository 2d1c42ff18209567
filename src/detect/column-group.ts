/**
 * A party's columns marked by one legacy code in a table that also holds other columns (`ktoivorname`, `ktoistrasse`,
 * `ktoiplz`, `ktoiort`, `ktoiname` of a member's account holder; `ehp1vorname`, `ehp1strasse`, `ehp1plz`, `ehp1name` of
 * a procedure's first party; `kd_vorname`, `kd_strasse`, `kd_name`): the code is the party, not a thing the data is of,
 * so each column is read as its word alone (`plz`, `ort`, `name`). The code is inferred from the table itself, never
 * listed: a short string of letters (and a party's number) that is no word of the vocabulary, before two or more
 * columns that are a person's or an address's data on their own (a given name, a street, a postcode, an email).
 * `user_name`/`user_email` (a word) and a table-wide prefix (glued-prefix.ts) are decided elsewhere.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';
import { matchTerms } from './match-terms.js';
import { splitWords } from './split-words.js';
import { perTable } from './table-convention.js';

/** A party's code: one to five letters, then the party's number if any (`kd`, `ktoi`, `ehp1`). */
const CODE = /^([a-z]{1,5})\d{0,2}$/;
/** Codes shorter than this are a letter or two of a word (`e` of `email`), not a party. */
const MIN_CODE = 2;
/** Words shorter than this after a code are too often the end of another word (`no`, `nr`). */
const MIN_WORD = 3;
/** Categories a group's columns hold on their own (a name and an address): fewer and the code may be a coincidence. */
const MIN_STRONG = 2;

export interface ColumnGroups {
  /** A grouped column's name -> its word alone (`ktoiplz` -> `plz`). */
  words: Map<string, string>;
  /** The siblings with each grouped column read as its word alone, for the record-shape evidence. */
  siblings: string[];
}

export const columnGroupsOf = perTable(infer);

/**
 * How a word after a code reads: a term whole (`plz`, `name`, `homephone`); with its category when it is data with no
 * context asked (a given name, a street, a postcode, an email), `weak` when the record must say more (`name`, `ort`).
 * Glued after the code (`ktoiplz`) it must be one word of the lexicon, tried at every cut for a set lookup each; after a
 * separator (`tmp_homephone`) it is split as a compound, once per column.
 */
function termStrength(word: string, glued: boolean, rules: CompiledRules): string | undefined {
  if (word.length < MIN_WORD || (glued && !rules.termWords.has(word))) return undefined;
  let found: string | undefined;
  for (const m of matchTerms(glued ? [word] : wordsOf(word, rules), rules).matches) {
    if (m.prefix.length > 0 || m.suffix.length > 0) continue;
    const { rule } = m;
    if (!rule.context && !rule.generic && !rule.bare && !rule.languages && !rule.thingOwns && !rule.role) return rule.category;
    found = WEAK;
  }
  return found;
}

/** The words of a column with a party's number kept on its code (`ehp1name` -> `ehp1`, `name`). */
function segmentsOf(column: string): string[] {
  const segments: string[] = [];
  for (const word of splitWords(column)) {
    if (/^\d+$/.test(word) && segments.length > 0) segments[segments.length - 1] += word;
    else segments.push(word);
  }
  return segments;
}

const WEAK = 'weak';

function infer(siblings: string[], rules: CompiledRules): ColumnGroups | null {
  // code -> [column, word, category or weak][]
  const byCode = new Map<string, [string, string, string][]>();
  const strengths = new Map<string, string | undefined>();
  const strengthOf = (word: string, glued: boolean) => {
    const key = `${glued ? 'g' : 's'}${word}`;
    if (!strengths.has(key)) strengths.set(key, termStrength(word, glued, rules));
    return strengths.get(key);
  };
  for (const column of siblings) {
    const segments = segmentsOf(column);
    const compact = segments.join('');
    const glued = segments.length === 1;
    // A separated code is the first word (`kd_name`, `ehp1name`); a glued one may end anywhere (`ktoiplz`).
    const cuts = glued ? Array.from({ length: Math.max(0, Math.min(7, compact.length - MIN_WORD) - MIN_CODE + 1) }, (_, i) => MIN_CODE + i) : [segments[0]!.length];
    for (const at of cuts) {
      const code = compact.slice(0, at);
      const letters = CODE.exec(code)?.[1];
      // A code that is a word (`user`, `contact1`, `post`) is read by the ordinary rules: it names whose data it is.
      if (!letters || rules.vocabulary.has(letters) || rules.vocabulary.has(code)) continue;
      const word = compact.slice(at);
      if (/^\d/.test(word)) continue;
      const strength = strengthOf(word, glued);
      if (!strength) continue;
      const list = byCode.get(code) ?? [];
      list.push([column, word, strength]);
      byCode.set(code, list);
    }
  }
  const words = new Map<string, string>();
  for (const members of byCode.values()) {
    // Two categories at least: a person's or an address's data, not one kind numbered (`ti|tel1`, `ti|tel2` of `titel1`).
    const strong = new Set(members.filter(([, , s]) => s !== WEAK).map(([, , s]) => s));
    if (strong.size < MIN_STRONG) continue;
    // The longest code wins for a column (`ehp1` over `ehp`): its word is the shorter, whole term.
    for (const [column, word] of members) if (!words.has(column) || words.get(column)!.length > word.length) words.set(column, word);
  }
  if (words.size === 0) return null;
  return { words, siblings: siblings.map((s) => words.get(s) ?? s) };
}
