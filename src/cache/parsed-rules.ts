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

/** The table's bytes (null: none). Searched as bytes and only the line asked for decoded: decoding the whole
 * 150 kB (lexicons in many scripts) cost as much as parsing it. */
let table: Buffer | null | undefined;

/** The entry `[name, hash, data]` of `name` in the build's table; undefined where it has none or it is damaged. */
export function parsedEntry(name: string): { hash: string; data: unknown } | undefined {
  if (table === undefined) {
    try {
      table = readFileSync(TABLE);
    } catch {
      table = null;
    }
  }
  if (!table) return undefined;
  const head = `[${JSON.stringify(name)},`;
  // The first line, or one after a newline; absent, the first line, which the name check below refuses.
  const start = table.indexOf(`\n${head}`) + 1;
  const end = table.indexOf(10, start);
  try {
    const entry = JSON.parse(table.toString('utf8', start, end < 0 ? table.length : end)) as unknown;
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
