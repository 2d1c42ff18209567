// The code scanner's speed against the floor it cannot beat: lines/s for a bare createSourceFile over the
// same files (read + parse), lines/s for `scanCode` from the BUILT dist/, their ratio (target <= 1.5), and
// peak RSS. Each measurement runs in its own process (bench/code-scan.worker.mjs) so parse and scan do not
// share a heap; each is taken RUNS times, alternating, and the fastest kept, because the machine is shared.
// The ratio is the median over the alternating pairs (each scan against the parse run just before it), which
// follows the machine's drifting speed better than two minima taken minutes apart; it is given by wall
// clock and by CPU time (user + system over all threads, GC included).
// A 1,000,000-line corpus then shows peak memory (target < 1 GB).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = 5;

function measure(mode, dir) {
  const out = execFileSync(process.execPath, [join(here, 'code-scan.worker.mjs'), mode, dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

const rate = (m) => `${Math.round(m.lines / m.seconds).toLocaleString('en')} lines/s (${m.seconds.toFixed(2)} s, peak RSS ${m.rssMb} MB)`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fastest = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

export default async function (log) {
  const dir = join(root, '.bench', 'corpus-500k');
  const corpus = generateCorpus(dir, 500_000);
  const parses = [];
  const scans = [];
  for (let i = 0; i < RUNS; i++) {
    parses.push(measure('parse', dir));
    scans.push(measure('scan', dir));
  }
  const parse = fastest(parses);
  const scan = fastest(scans);
  log(`corpus ${corpus.files} files, ${corpus.lines.toLocaleString('en')} lines (fastest of ${RUNS} runs each)`);
  log(`  bare createSourceFile: ${rate(parse)}`);
  log(`  privmap code scan:     ${rate(scan)}, ${scan.findings} findings`);
  const pairRatio = (key) => median(scans.map((s, i) => s[key] / parses[i][key]));
  log(`  scan / parse time:     ${pairRatio('seconds').toFixed(2)} wall clock, ${pairRatio('cpuSeconds').toFixed(2)} CPU time (median of ${RUNS} pairs; target <= 1.5)`);
  const split = measure('split', dir);
  const share = (key) => `${key} ${split[key]} ms (${(split[key] / split.parse).toFixed(2)} x parse)`;
  log(`  where the time goes (warm, in one process): parse ${split.parse} ms; ${share('declarations')}; ${share('detector')}; ${share('flows')}`);

  const bigDir = join(root, '.bench', 'corpus-1000k');
  const big = generateCorpus(bigDir, 1_000_000);
  const bigScan = measure('scan', bigDir);
  log(`corpus ${big.files} files, ${big.lines.toLocaleString('en')} lines`);
  log(`  privmap code scan:     ${rate(bigScan)}, ${bigScan.findings} findings (peak RSS target < 1024 MB)`);
}
