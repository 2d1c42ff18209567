// Part of `npm run build`: every built-in rule file (rules/**/*.yml) parsed once, with the hash of its text,
// into dist/rules.parsed.jsonl, which src/cache/parsed-rules.ts reads instead of parsing YAML at every start.
// One JSON line per file, `[name, hash, data]`, so a reader parses only the entries it asks for (the ESLint
// plugin's first file asks for one, rules/test-code.yml, and parsing the whole 150 kB table cost it 6 ms).
// A file whose parsed form does not survive JSON unchanged (a date, an infinity) is left out and parsed at run time.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

const lines = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(path);
    else if (/\.ya?ml$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      const data = parse(text);
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data)) lines.push(JSON.stringify([path, createHash('sha1').update(text).digest('hex'), data]));
    }
  }
};
walk('rules');
writeFileSync('dist/rules.parsed.jsonl', lines.map((line) => `${line}\n`).join(''));
// The one-object table of earlier builds: never read now.
rmSync('dist/rules.parsed.json', { force: true });
