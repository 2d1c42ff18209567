/**
 * The built-in rule files (`rules/**\/*.yml`: categories, context, lexicons, sinks) as parsed data, without
 * parsing YAML at every start: `npm run build` writes each file's parsed form and the hash of its text to
 * `dist/rules.parsed.json` (scripts/parse-rules.mjs), and a file whose text still has that hash is taken
 * from there. Parsing the 29 files took 0.3 s of CPU per run, a warm scan's whole budget; the table is
 * read with one `JSON.parse` of 80 kB. A rule file edited after the build (a development checkout, a
 * patched installation) no longer matches its hash and is parsed as before, so the table can be stale
 * but never wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Next to the compiled code: `dist/rules.parsed.json`; absent when running from the sources. */
const TABLE = new URL('../rules.parsed.json', import.meta.url);

type Table = Record<string, { hash: string; data: unknown }>;
let table: Table | null | undefined;

function parsedTable(): Table | null {
  if (table !== undefined) return table;
  try {
    const read = JSON.parse(readFileSync(TABLE, 'utf8')) as unknown;
    table = read && typeof read === 'object' ? (read as Table) : null;
  } catch {
    table = null;
  }
  return table;
}

/** The hash a rule file's text is stored under (the build script computes the same). */
export function rulesTextHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A built-in rule file's data: from the build's table when its text is unchanged, else parsed now. */
export function readRulesYaml(url: URL): unknown {
  const text = readFileSync(url, 'utf8');
  const name = relative(PACKAGE_ROOT, fileURLToPath(url)).split(sep).join('/');
  const entry = parsedTable()?.[name];
  if (entry && typeof entry === 'object' && entry.hash === rulesTextHash(text)) return entry.data;
  return parse(text);
}
