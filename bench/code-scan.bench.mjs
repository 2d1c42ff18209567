// The code scanner on real code against the floor it cannot beat, a bare parse and walk of the same files (read,
// `ts.createSourceFile`, `forEachChild` down to every node: what issue 14 measures against). The corpus is real code nobody here wrote (bench/code-scan-corpus.mjs): the folders
// in PRIVMAP_BENCH_CORPUS, else the TypeScript sources npm packages ship in node_modules.
//
// Each measurement runs in its own process (bench/code-scan.worker.mjs) so heaps do not mix, in rounds of
// bare parse, scan without cache, cold scan (empty cache, entries written), warm scan (nothing changed) and
// one-file-changed scan (one file edited, the rest cached). Every ratio is the median over the rounds of a
// scan's time against the bare parse of the same round, so both sides of a ratio see the same machine (a
// shared VM drifts by 10-20 % from minute to minute). Then the corpus repeated to 1M and 5M lines gives
// peak memory. Targets (issue 14): warm and one-file-changed <= 0.1 x the bare parse; < 1 GB at 5M lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realCorpus, repeatCorpus } from './code-scan-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const ROUNDS = Number(process.env.PRIVMAP_BENCH_ROUNDS ?? 3);

function measure(mode, dir, ...extra) {
  return measureWith({}, mode, dir, ...extra);
}

function measureWith(env, mode, dir, ...extra) {
  const out = execFileSync(process.execPath, [join(here, 'code-scan.worker.mjs'), mode, dir, ...extra], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, ...env } });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * The CLI as users run it (`privmap scan <dir> -f json -o <file> --cache-dir <dir>`), in its own process: the
 * whole process's CPU time, start-up included (loading the CLI, the policy, the rules), which the in-process
 * measurements above leave out on both sides. `cold` fills the CLI's own cache (its fingerprint is the unjudged
 * policy's, not the worker's).
 */
function measureCli(dir, cacheDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'privmap-bench-cli-'));
  const cpuFile = join(scratch, 'cpu');
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, ['--require', join(here, 'cpu-at-exit.cjs'), join(root, 'dist/cli/main.js'), 'scan', dir, '--cache-dir', cacheDir, '-f', 'json', '-o', join(scratch, 'out.json'), '-q'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PRIVMAP_BENCH_CPU_FILE: cpuFile },
    });
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: Number(readFileSync(cpuFile, 'utf8')) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (runs) => `${median(runs.map((r) => r.seconds)).toFixed(2)} s`;

/**
 * Edits one file the way a commit does (a new field in its first interface or class, else a comment), without
 * touching the original behind a hard link: the link is replaced by a copy. Returns a function that restores it.
 */
function editOneFile(dir, file, round) {
  const path = join(dir, file);
  const original = readFileSync(path, 'utf8');
  const edited = /\binterface \w+[^{]*\{/.test(original)
    ? original.replace(/\binterface \w+[^{]*\{/, (m) => `${m}\n  benchEmail${round}: string;`)
    : `${original}\n// bench edit ${round}\n`;
  unlinkSync(path);
  writeFileSync(path, edited);
  return () => {
    unlinkSync(path);
    writeFileSync(path, original);
  };
}

export default async function (log) {
  const corpus = realCorpus(root);
  const { dir } = repeatCorpus(root, corpus, 0);
  const cacheDir = join(root, '.bench', 'code-scan-cache');
  const { files } = await import('../dist/scan/discover.js').then((m) => m.discoverFiles(dir, { extensions: m.CODE_EXTENSIONS, checkContent: false }));
  // The file edited in the one-file-changed runs: a mid-sized one, chosen the same way every time.
  const edited = files[Math.floor(files.length / 2)];
  const cliCacheDir = join(root, '.bench', 'code-scan-cli-cache');
  const runs = { parse: [], scan: [], cold: [], warm: [], changed: [], cliWarm: [], cliChanged: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.parse.push(measure('parse', dir));
    runs.scan.push(measure('scan', dir));
    rmSync(cacheDir, { recursive: true, force: true });
    runs.cold.push(measure('cold', dir, cacheDir));
    runs.warm.push(measure('warm', dir, cacheDir));
    let restore = editOneFile(dir, edited, round);
    try {
      runs.changed.push(measure('warm', dir, cacheDir));
    } finally {
      restore();
    }
    rmSync(cliCacheDir, { recursive: true, force: true });
    measureCli(dir, cliCacheDir);
    runs.cliWarm.push(measureCli(dir, cliCacheDir));
    restore = editOneFile(dir, edited, round);
    try {
      runs.cliChanged.push(measureCli(dir, cliCacheDir));
    } finally {
      restore();
    }
  }
  const parse = runs.parse[0];
  log(`real-code corpus: ${corpus.label}`);
  log(`  ${corpus.files.toLocaleString('en')} files, ${parse.lines.toLocaleString('en')} lines parsed, ${runs.scan[0].skipped} skipped by the scanner (generated, minified, broken), ${runs.scan[0].findings.toLocaleString('en')} findings`);
  log(`  bare parse + walk:        ${seconds(runs.parse)}, ${Math.round(parse.lines / median(runs.parse.map((r) => r.seconds))).toLocaleString('en')} lines/s (median of ${ROUNDS} rounds)`);
  const ratio = (key, field) => median(runs[key].map((r, i) => r[field] / runs.parse[i][field])).toFixed(2);
  const row = (label, key, target) => log(`  ${label.padEnd(26)} ${seconds(runs[key])}, ${ratio(key, 'seconds')} x parse wall clock, ${ratio(key, 'cpuSeconds')} x CPU time${target ? ` [target ${target}]` : ''}`);
  row('scan, no cache:', 'scan', '<= 1.3');
  row('cold scan (cache written):', 'cold', '');
  // What writing the cache adds to a cold scan, paired round by round (issue 14: a small fraction of the floor).
  const written = median(runs.cold.map((r, i) => (r.cpuSeconds - runs.scan[i].cpuSeconds) / runs.parse[i].cpuSeconds)).toFixed(2);
  log(`  ${'cache writing, cold - no cache:'.padEnd(26)} ${written} x parse CPU time`);
  row('warm scan (no change):', 'warm', '<= 0.1');
  row('one file changed:', 'changed', '<= 0.1');
  row('CLI warm, start-up incl.:', 'cliWarm', '<= 0.1');
  row('CLI one file, start-up:', 'cliChanged', '<= 0.1');
  const warmStats = runs.warm[0].cache;
  const changedStats = runs.changed[0].cache;
  log(`  cache: warm ${warmStats.hits} hits / ${warmStats.misses} misses; one file changed ${changedStats.hits} hits / ${changedStats.misses} misses (${edited})`);
  const split = measure('split', dir);
  const share = (key) => `${key} ${split[key]} ms (${(split[key] / split.parse).toFixed(2)} x parse)`;
  log(`  where the cold time goes (warm JIT, one process): parse ${split.parse} ms; ${share('walk')} (one walk: declarations, writes, flow facts); ${share('detector')}; ${share('flows')} (calls resolved after the walk)`);
  // Worker threads: the same scan (no cache) on 1, 2 and 4 threads, in alternating rounds.
  const threads = [0, 2, 4];
  const byThreads = Object.fromEntries(threads.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) for (const n of threads) byThreads[n].push(measureWith({ PRIVMAP_BENCH_WORKERS: String(n) }, 'scan', dir));
  const speedup = (n) => median(byThreads[n].map((r, i) => byThreads[0][i].seconds / r.seconds)).toFixed(2);
  log(`  worker threads on ${availableParallelism()} cores: main thread ${seconds(byThreads[0])}; 2 workers ${seconds(byThreads[2])} (speedup ${speedup(2)}); 4 workers ${seconds(byThreads[4])} (speedup ${speedup(4)})`);
  for (const target of [1_000_000, 5_000_000]) {
    const big = repeatCorpus(root, corpus, target);
    const run = measure('scan', big.dir);
    log(`  ${(run.lines / 1e6).toFixed(2)}M lines (corpus x${(big.lines / corpus.lines).toFixed(2)}): scan ${run.seconds.toFixed(1)} s, peak RSS ${run.rssMb} MB [target < 1024 MB]`);
  }
}
