/**
 * An address block: three or more numbered free-text lines of one stem (`zeile1`..`zeile7` of a German donation receipt,
 * `relationsTekst1`..`relationsTekst5` of the Danish civil register's guardian) are the lines a letter is addressed with,
 * as `address_line_1`..`address_line_3` are where the record names them. A line word alone counts; after a word the
 * vocabulary does not know (`relations`) only beside a field that names someone (`vaergeNavn`: the guardian's lines), since
 * such a word is as often a remark's (`bemerkung_text1`); a known word before it says what the lines hold (`navnelinje1`: a
 * name's lines). A thing's, a setting's or a label's record keeps its lines out. The line words are rules/context.yml
 * `addressBlockLines`. Two lines are as often a text's (an info line, a booking text); numbered runs of any other word
 * (`custom_value1..4`, `freifeld1..20`) are never read here.
 */
import type { CompiledRules } from './compile.js';
import { classifyContainer, classifySiblings, wordsOf } from './context.js';
import { judgeType } from './type-text.js';

/** The fewest numbered lines that make a block: a name, a street and a town. */
const FEWEST_LINES = 3;
/** Records whose free lines are their own text: a thing's, a setting's, a label's or a component's. */
const OWN_TEXT = new Set(['non-person', 'settings', 'ui-text', 'component', 'organisation']);

// Front ends pass one siblings array for every field of a record: read each array's numbered runs once.
const cache = new WeakMap<readonly string[], Map<string, number>>();

/** The stem of a numbered line (`relations tekst`, `zeile`) and its number, when the name is one. */
function numberedLine(name: string, rules: CompiledRules): { stem: string; number: number; qualified: boolean } | undefined {
  const words = wordsOf(name, rules);
  if (words.length < 2 || words.length > 3) return undefined;
  const last = words[words.length - 1]!;
  const line = words[words.length - 2]!;
  if (!/^\d{1,2}$/.test(last) || !rules.addressBlockLines.has(line)) return undefined;
  const qualifier = words.slice(0, -2);
  if (qualifier.some((w) => rules.termWords.has(w) || /^\d+$/.test(w))) return undefined;
  return { stem: words.slice(0, -1).join(' '), number: Number(last), qualified: qualifier.length > 0 };
}

/** Whether some field of the record names a name (`vaergeNavn`, `customer_name`): whose lines a qualified block holds. */
function namesSomeone(siblings: readonly string[], rules: CompiledRules): boolean {
  return siblings.some((sibling) => wordsOf(sibling, rules).some((w) => rules.termCategories.get(w)?.has('name')));
}

/** How many lines run from 1 without a gap, for each stem among the siblings. */
function runsOf(siblings: readonly string[], rules: CompiledRules): Map<string, number> {
  let runs = cache.get(siblings);
  if (!runs) {
    const numbers = new Map<string, Set<number>>();
    for (const sibling of siblings) {
      const line = numberedLine(sibling, rules);
      if (line) (numbers.get(line.stem) ?? numbers.set(line.stem, new Set()).get(line.stem)!).add(line.number);
    }
    runs = new Map();
    for (const [stem, set] of numbers) {
      let n = 0;
      while (set.has(n + 1)) n++;
      if (n >= FEWEST_LINES) runs.set(stem, n);
    }
    cache.set(siblings, runs);
  }
  return runs;
}

/**
 * The number of lines of the block this field is one of, or undefined: a numbered line of a run of three or more from 1, in
 * text member of a record that is no thing's, setting's or label's and holds no catalogue fields.
 */
export function addressBlockOf(name: string, type: string | undefined, siblings: string[] | undefined, container: string[] | undefined, rules: CompiledRules): number | undefined {
  if (!siblings || siblings.length < FEWEST_LINES || rules.addressBlockLines.size === 0) return undefined;
  const typed = judgeType(type, rules).kind;
  if (typed !== 'text' && typed !== 'unknown') return undefined;
  const line = numberedLine(name, rules);
  if (!line) return undefined;
  const run = runsOf(siblings, rules).get(line.stem);
  if (run === undefined || line.number > run) return undefined;
  // A qualified block (`relationsTekst1`) is a party's beside that party's name; else the qualifier is as often a remark's.
  if (line.qualified && !namesSomeone(siblings, rules)) return undefined;
  if (OWN_TEXT.has(classifyContainer(container, rules).kind)) return undefined;
  if (classifySiblings(siblings, name, rules, undefined, container).thing) return undefined;
  return run;
}
