// The CLI's warm and one-file-changed scans (`privmap scan <dir> -f json -o <file> --cache-dir <dir>`, the whole
// process's CPU time, start-up included) for two builds side by side, on a machine whose speed drifts: each build
// fills its own cache once (its fingerprint holds its code), then rounds alternate the builds, each round a warm
// run and a run with one file edited (a copy replaces the hard link, restored after), against the bare parse +
// walk of the same corpus (bench/code-scan.worker.mjs parse) measured every few rounds.
//   PRIVMAP_BENCH_CORPUS=<dirs> node bench/code-scan-cli.paired.mjs <previous checkout, built> [rounds=4]
// The corpus is the one `npm run bench -- code-scan` scans (.bench/repeat-1x, made here when missing).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realCorpus, repeatCorpus } from './code-scan-corpus.mjs';
import { editOneFile as editFile, floor as floorOf } from './code-scan-cli-shared.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const [previous, roundsArg = '4'] = process.argv.slice(2);
if (!previous) throw new Error('usage: node bench/code-scan-cli.paired.mjs <previous checkout, built> [rounds]');
const builds = { before: resolve(previous), after: root };
const { dir } = repeatCorpus(root, realCorpus(root), 0);
const scratch = mkdtempSync(join(tmpdir(), 'privmap-cli-paired-'));

function cli(build, args) {
  const cpuFile = join(scratch, 'cpu');
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, ['--require', join(here, 'cpu-at-exit.cjs'), join(builds[build], 'dist/cli/main.js'), 'scan', dir, '--cache-dir', join(scratch, `cache-${build}`), '-f', 'json', '-o', join(scratch, `out-${build}.json`), '-q', ...args], {
    cwd: builds[build],
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PRIVMAP_BENCH_CPU_FILE: cpuFile },
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: Number(readFileSync(cpuFile, 'utf8')) };
}

const floor = () => floorOf(root, dir);
const editOneFile = (round) => editFile(dir, round);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`load average at the start: ${load()}`);
for (const build of ['before', 'after']) console.log(`${build}: cold run to fill its cache, ${cli(build, []).cpu.toFixed(1)} s of CPU`);
const results = { before: { warm: [], changed: [] }, after: { warm: [], changed: [] } };
let floorCpu = floor();
for (let round = 0; round < Number(roundsArg); round++) {
  if (round > 0 && round % 4 === 0) floorCpu = floor();
  const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
  for (const build of order) {
    cli(build, []); // settles the cache after the previous round's edit
    results[build].warm.push(cli(build, []).cpu / floorCpu);
    const restore = editOneFile(`${round}-${build}`);
    try {
      results[build].changed.push(cli(build, []).cpu / floorCpu);
    } finally {
      restore();
    }
  }
  const last = (build, key) => results[build][key][round].toFixed(3);
  console.log(`round ${round + 1} (floor ${floorCpu.toFixed(1)} s CPU): warm ${last('before', 'warm')} -> ${last('after', 'warm')}, one file changed ${last('before', 'changed')} -> ${last('after', 'changed')} (load ${load()})`);
}
for (const key of ['warm', 'changed']) console.log(`median ${key} x floor CPU: before ${median(results.before[key]).toFixed(3)}, after ${median(results.after[key]).toFixed(3)}`);
console.log(`load average at the end: ${load()}`);
rmSync(scratch, { recursive: true, force: true });
