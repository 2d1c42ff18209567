/**
 * A table code repeated as a suffix on the columns of a legacy table (`nom_adh`, `prenom_adh`, `ville_adh`,
 * `email_adh`: the adherents of a membership manager). The mirror of the table prefix (`z01_nome`): the last
 * underscore-separated part shared by most of the table's columns, three or four letters that are no word of the
 * vocabulary and no technical ending. It is inferred from the table itself, so no vendor has to be listed;
 * `created_at`/`user_id` (technical), `name_fr`/`title_fr` (two letters: a language) never qualify.
 */
import type { CompiledRules } from './compile.js';
import { MIN_COLUMNS, perTable } from './table-convention.js';

const SUFFIX = /_([a-z]{3,4})$/;
/** Endings many columns share without naming the table: keys, times, encodings, versions. */
export const TECHNICAL = new Set(['ids', 'key', 'url', 'uri', 'num', 'utc', 'txt', 'str', 'val', 'old', 'new', 'tmp', 'bak', 'raw', 'enc', 'md5', 'sha', 'hash', 'date', 'time', 'code', 'type', 'flag']);

export interface TableSuffix {
  suffix: string;
  /** The siblings with the suffix removed, for the record-shape evidence. */
  siblings: string[];
}

export const tableSuffixOf = perTable(infer);

function infer(siblings: string[], rules: CompiledRules): TableSuffix | null {
  const counts = new Map<string, number>();
  for (const name of siblings) {
    const suffix = name.toLowerCase().match(SUFFIX)?.[1];
    if (suffix) counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [suffix, count] of counts) if (count > most) [best, most] = [suffix, count];
  // Most columns carry it: a shared ending on a few columns (`_date`, `_hash`) is what they are, not the table.
  if (!best || most < MIN_COLUMNS || most * 2 <= siblings.length) return null;
  if (TECHNICAL.has(best) || rules.vocabulary.has(best)) return null;
  const table: TableSuffix = { suffix: `_${best}`, siblings: [] };
  table.siblings = siblings.map((s) => withoutTableSuffix(s, table));
  return table;
}

/** The name without the table suffix (`nom_adh` → `nom`); a name that is only the suffix stays as it is. */
export function withoutTableSuffix(name: string, table: TableSuffix | undefined): string {
  if (!table || name.length <= table.suffix.length || !name.toLowerCase().endsWith(table.suffix)) return name;
  return name.slice(0, -table.suffix.length);
}
