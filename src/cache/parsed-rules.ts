/**
 * The built-in rule files (`rules/**\/*.yml`: categories, context, lexicons, sinks) as parsed data, without
 * parsing YAML at every start: `npm run build` writes each file's parsed form and the hash of its text to
 * `dist/rules.parsed.jsonl` (scripts/parse-rules.mjs), and a file whose text still has that hash is taken
 * from there. Parsing the 29 files took 0.3 s of CPU per run, a warm scan's whole budget. The table is one JSON
 * line per file, and only the line asked for is parsed: a warm ESLint process needs one file's (the test-code
 * folders, for a linted file's cross-module flows), and parsing the whole 150 kB table cost its first file 6 ms
 * (issue 12). A rule file edited after the build (a development checkout, a patched installation) no longer
 * matches its hash and is parsed as before, so the table can be stale but never wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Next to the compiled code: `dist/rules.parsed.jsonl`; absent when running from the sources. */
const TABLE = new URL('../rules.parsed.jsonl', import.meta.url);

/** The table's text with a newline before its first line, so every entry starts with `\n[`; null when there is none. */
let table: string | null | undefined;

/** The entry `[name, hash, data]` of `name` in the build's table; undefined where it has none or it is damaged. */
export function parsedEntry(name: string): { hash: string; data: unknown } | undefined {
  if (table === undefined) {
    try {
      table = `\n${readFileSync(TABLE, 'utf8')}`;
    } catch {
      table = null;
    }
  }
  if (!table) return undefined;
  const start = table.indexOf(`\n[${JSON.stringify(name)},`);
  if (start < 0) return undefined;
  const end = table.indexOf('\n', start + 1);
  try {
    const entry = JSON.parse(table.slice(start + 1, end < 0 ? undefined : end)) as unknown;
    return Array.isArray(entry) && entry[0] === name && typeof entry[1] === 'string' ? { hash: entry[1], data: entry[2] } : undefined;
  } catch {
    return undefined;
  }
}

/** The hash a rule file's text is stored under (the build script computes the same). */
export function rulesTextHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A built-in rule file's data: from the build's table when its text is unchanged, else parsed now. */
export function readRulesYaml(url: URL): unknown {
  const text = readFileSync(url, 'utf8');
  const name = relative(PACKAGE_ROOT, fileURLToPath(url)).split(sep).join('/');
  const entry = parsedEntry(name);
  if (entry && entry.hash === rulesTextHash(text)) return entry.data;
  return parse(text);
}
