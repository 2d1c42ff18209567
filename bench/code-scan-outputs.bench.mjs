// Every output format at a large inventory's size (issue 14): 40,000 elements from 20,000 files, a third of
// them undeclared, flows to several recipients. The inventory is built by the real `buildInventory` from
// findings shaped like the scanner's; each format is rendered from it in a fresh process (so one format's
// garbage does not slow the next) and timed against SARIF, the format that was already linear.
// Target: every format within 2x SARIF's time.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const FORMATS = ['sarif', 'table', 'json', 'csv', 'html', 'markdown'];

function measure(format, elements) {
  const out = execFileSync(process.execPath, [join(here, 'code-scan-outputs.worker.mjs'), format, String(elements)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

const ROUNDS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function (log) {
  const elements = Number(process.env.PRIVMAP_BENCH_ELEMENTS ?? 40_000);
  // Rounds of every format in turn; each format's ratio is the median over rounds of its time against the
  // SARIF run of the same round, so both sides of a ratio see the same (shared, drifting) machine.
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(Object.fromEntries(FORMATS.map((f) => [f, measure(f, elements)])));
  log(`${elements.toLocaleString('en')} elements from ${(elements / 2).toLocaleString('en')} files (inventory built in ${median(rounds.map((r) => r.sarif.buildSeconds)).toFixed(2)} s, not counted; median of ${ROUNDS} rounds)`);
  for (const format of FORMATS) {
    const seconds = median(rounds.map((r) => r[format].seconds));
    const ratio = median(rounds.map((r) => r[format].seconds / r.sarif.seconds));
    log(`  ${format.padEnd(9)} ${seconds.toFixed(2)} s  ${ratio.toFixed(2)} x SARIF  ${(rounds[0][format].bytes / 1e6).toFixed(1)} MB  (target <= 2 x SARIF)`);
  }
}
