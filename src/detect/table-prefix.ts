/**
 * A table prefix separated from every column of a legacy table by an underscore, shaped like a table code:
 * letters then digits (`z01_nome`, `z01_ender`, `ed47_v_nome`, `q108_telefone`; DBPortal, TOTVS-style schemas).
 * The letters-and-digits shape is never a word, so `user_name`/`user_email` never qualify; the prefix is inferred
 * from the table itself, so no vendor has to be listed. A one-letter type marker after it (`v_`, `c_`, `i_`:
 * varchar, char, integer) goes with it.
 */
import type { GluedPrefix } from './glued-prefix.js';
import { perTable } from './table-convention.js';

const TABLE_CODE = /^([a-z]{1,5}\d{1,4})_/;
const TYPE_MARKER = /^[a-z]_(?=[a-z])/;

export const tablePrefixOf = perTable(infer);

function infer(siblings: string[]): GluedPrefix | null {
  const prefix = siblings[0]!.toLowerCase().match(TABLE_CODE)?.[0];
  if (!prefix) return null;
  for (const name of siblings) if (!name.toLowerCase().startsWith(prefix) || name.length <= prefix.length) return null;
  const table: GluedPrefix = { prefix, siblings: [] };
  table.siblings = siblings.map((s) => withoutTablePrefix(s, table));
  return table;
}

/** The name without the table prefix and its type marker (`z01_v_nome` → `nome`). */
export function withoutTablePrefix(name: string, table: GluedPrefix | undefined): string {
  if (!table || !name.toLowerCase().startsWith(table.prefix)) return name;
  const rest = name.slice(table.prefix.length);
  return rest.replace(TYPE_MARKER, '') || rest;
}
