// `npm run bench`: runs every bench/*.bench.mjs in name order and prints their numbers.
// Each bench exports `default async function (log)`; numbers go to stdout, never into tests.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  // A bench's exact name runs it alone (`code-scan` is not also `code-scan-outputs`); else any name containing the word.
  .filter((f) => only.length === 0 || only.some((o) => (readdirSync(here).includes(`${o}.bench.mjs`) ? f === `${o}.bench.mjs` : f.includes(o))))
  .sort();
for (const file of benches) {
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  const bench = await import(pathToFileURL(join(here, file)).href);
  await bench.default((line) => console.log(line));
}
