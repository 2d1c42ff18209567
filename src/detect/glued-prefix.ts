/**
 * A vendor prefix glued onto every column of a legacy table (`OXFNAME`, `OXCITY`, `OXZIP`): the common start of
 * all the table's column names, when each is one token in one case (no separator but a variant's number, no camelCase) and the start is
 * two or three letters that are no word of the vocabulary. The prefix is inferred from the table itself, so no
 * vendor has to be listed; `user_name`/`user_email` (separated) and `name`/`namespace` (a word) never qualify.
 */
import type { CompiledRules } from './compile.js';
import { perTable } from './table-convention.js';

// A numbered variant (`OXTITLE_1`, a translation's column) is still one token.
const ONE_TOKEN = /^(?:[A-Z][A-Z0-9]*|[a-z][a-z0-9]*)(?:_\d+)?$/;

export interface GluedPrefix {
  prefix: string;
  /** The siblings with the prefix removed, for the record-shape evidence. */
  siblings: string[];
}

export const gluedPrefixOf = perTable(infer);

function infer(siblings: string[], rules: CompiledRules): GluedPrefix | null {
  let length = Infinity;
  const first = siblings[0]!.toLowerCase();
  for (const name of siblings) {
    if (!ONE_TOKEN.test(name)) return null;
    const lower = name.toLowerCase();
    let i = 0;
    while (i < length && i < lower.length && lower[i] === first[i]) i++;
    length = i;
    if (length < 2) return null;
  }
  if (length > 3) return null;
  const prefix = first.slice(0, length);
  if (rules.vocabulary.has(prefix) || !/^[a-z]+$/.test(prefix)) return null;
  const glued: GluedPrefix = { prefix, siblings: [] };
  glued.siblings = siblings.map((s) => withoutGluedPrefix(s, glued, rules));
  return glued;
}

/** The name without the table's glued prefix, or the name as it is when it is a word already (`address`). */
export function withoutGluedPrefix(name: string, glued: GluedPrefix | undefined, rules: CompiledRules): string {
  if (!glued || name.length <= glued.prefix.length + 1) return name;
  const lower = name.toLowerCase();
  return lower.startsWith(glued.prefix) && !rules.vocabulary.has(lower) ? name.slice(glued.prefix.length) : name;
}
