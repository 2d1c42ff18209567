// `privmap scan --watch` on the real-code corpus (issue 14: one changed file costs about one file). One watch
// process scans the corpus once, then each round edits one file and takes the CPU time the watch process spent
// from the first change event to the output written (its own process.cpuUsage, on the stats line that
// PRIVMAP_WATCH_STATS=1 turns on), as a ratio to the floor of the same round (bare parse + walk, its own
// process). For scale, the same round's one-shot CLI run on the same edited tree (whole process, start-up
// included, its own warm cache) as the CLI paired bench measures it.
//   PRIVMAP_BENCH_CORPUS=<dirs> npm run bench -- code-scan-watch      (PRIVMAP_BENCH_ROUNDS, default 3)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realCorpus, repeatCorpus } from './code-scan-corpus.mjs';
import { editOneFile, floor } from './code-scan-cli-shared.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cli = join(root, 'dist/cli/main.js');
const ROUNDS = Number(process.env.PRIVMAP_BENCH_ROUNDS ?? 3);
const WAIT_MS = 30 * 60_000;

/** The watch process, and the stats line of each of its runs as they come. */
function startWatch(dir, scratch, cacheDir) {
  const child = spawn(process.execPath, [cli, 'scan', dir, '--watch', '-f', 'json', '-o', join(scratch, 'watch.json'), '--cache-dir', cacheDir, '-q'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PRIVMAP_WATCH_STATS: '1' },
  });
  const stats = [];
  const waiting = [];
  let rest = '';
  child.stderr.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      const stat = /^privmap watch stats: (.*)$/.exec(line);
      if (stat) stats.push(JSON.parse(stat[1]));
      else if (!line.includes('· watching for changes')) process.stderr.write(`${line}\n`);
    }
    while (waiting.length && stats.length) waiting.shift()(stats.shift());
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    next: () =>
      new Promise((resolve, reject) => {
        if (stats.length) return resolve(stats.shift());
        const timer = setTimeout(() => reject(new Error('the watch printed no stats line in time')), WAIT_MS);
        waiting.push((stat) => (clearTimeout(timer), resolve(stat)));
        exited.then((code) => reject(new Error(`the watch exited with ${code}`)));
      }),
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** CPU seconds of a one-shot `privmap scan` of `dir` (the whole process, start-up included). */
function oneShot(dir, scratch, cacheDir) {
  const cpuFile = join(scratch, 'cpu');
  execFileSync(process.execPath, ['--require', join(here, 'cpu-at-exit.cjs'), cli, 'scan', dir, '--cache-dir', cacheDir, '-f', 'json', '-o', join(scratch, 'one-shot.json'), '-q'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PRIVMAP_BENCH_CPU_FILE: cpuFile },
  });
  return Number(readFileSync(cpuFile, 'utf8'));
}

export default async function codeScanWatch(log) {
  const corpus = realCorpus(root);
  const { dir, files } = repeatCorpus(root, corpus, 0);
  const scratch = mkdtempSync(join(tmpdir(), 'privmap-watch-bench-'));
  // Kept between bench runs, as a user's cache is: the watch's first run is then a warm one.
  const watchCache = join(root, '.bench', 'cache-watch');
  const oneShotCache = join(root, '.bench', 'cache-watch-one-shot');
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  log(`corpus: ${corpus.label} (${files ?? '?'} files); load average at the start: ${load()}`);
  log(`one-shot run to fill its cache: ${oneShot(dir, scratch, oneShotCache).toFixed(1)} s of CPU`);
  // The watch's cache starts as a copy of the one-shot's, as a user's watch starts on the cache of earlier runs.
  if (!existsSync(watchCache)) cpSync(oneShotCache, watchCache, { recursive: true });
  const watch = startWatch(dir, scratch, watchCache);
  try {
    const first = await watch.next();
    log(`watch: first run ${(first.cpuMs / 1000).toFixed(1)} s of CPU`);
    // An edit gives the file content never scanned (a parse); the restore gives back content the cache holds.
    const ratios = { edited: [], restored: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const floorCpu = floor(root, dir);
      const restore = editOneFile(dir, `watch-${round}`);
      let edited;
      let shot;
      try {
        edited = await watch.next();
        shot = oneShot(dir, scratch, oneShotCache);
      } finally {
        restore();
      }
      const restored = await watch.next();
      const ratio = (stat) => stat.cpuMs / 1000 / floorCpu;
      ratios.edited.push(ratio(edited));
      ratios.restored.push(ratio(restored));
      log(
        `round ${round + 1} (floor ${floorCpu.toFixed(1)} s CPU): watch one file changed ${ratio(edited).toFixed(3)} (${edited.cpuMs} ms CPU, ${edited.wallMs} ms wall, ${edited.files} path(s)), restored ${ratio(restored).toFixed(3)} (${restored.cpuMs} ms); one-shot CLI one file changed ${(shot / floorCpu).toFixed(3)} (load ${load()})`,
      );
    }
    for (const [what, values] of Object.entries(ratios)) {
      const sorted = [...values].sort((a, b) => a - b);
      log(`median watch one file ${what} x floor CPU: ${sorted[Math.floor(sorted.length / 2)].toFixed(3)} (${sorted.length} runs, ${sorted[0].toFixed(3)}-${sorted[sorted.length - 1].toFixed(3)})`);
    }
  } finally {
    const code = await watch.stop();
    log(`watch stopped with exit code ${code}; load average at the end: ${load()}`);
    rmSync(scratch, { recursive: true, force: true });
  }
}
