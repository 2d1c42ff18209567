// One `eslint` process over a repository, as CI runs it: ESLint, the parser and privmap loaded from scratch,
// privmap's project state (every file's module facts, the wrapper summaries) built on the first file that
// needs it. Run by bench/eslint.bench.mjs as a child process; prints one JSON line.
//
//   node bench/eslint-process.mjs '{"dir": "...", "version": "5.9", "dist": "...", "withPrivmap": true}'
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintOnce, setupFor } from './eslint-lint.mjs';

const { dir, version, dist, withPrivmap } = JSON.parse(process.argv[2]);
const { parser, baseline } = setupFor(version);
const configs = [...baseline];
/** CPU time (ms, the whole process's: libuv's threads included) spent in privmap's rules, per file in lint order. */
const cpuByFile = new Map();
/** The plugin with each rule's `create` and listeners timed in CPU, which ESLint's stats (wall clock) are not. */
function cpuTimed(plugin) {
  const timed = (file, fn) =>
    function (...args) {
      const before = process.cpuUsage();
      try {
        return fn.apply(this, args);
      } finally {
        const used = process.cpuUsage(before);
        cpuByFile.set(file, (cpuByFile.get(file) ?? 0) + (used.user + used.system) / 1000);
      }
    };
  const rules = Object.fromEntries(
    Object.entries(plugin.rules).map(([id, rule]) => [
      id,
      { ...rule, create: (context) => Object.fromEntries(Object.entries(timed(context.filename, rule.create)(context)).map(([on, listener]) => [on, timed(context.filename, listener)])) },
    ]),
  );
  return { ...plugin, rules };
}
if (withPrivmap) {
  const { default: privmap } = await import(pathToFileURL(join(dist, 'eslint', 'index.js')).href);
  // The policy is the privacy.yml at the repository's root, found upward from each file, as users have it.
  configs.push({ ...privmap.configs.recommended, plugins: { privmap: cpuTimed(privmap) } });
}
const run = await lintOnce(dir, ['**/*.ts', '**/*.tsx'], parser, configs);
const used = process.cpuUsage();
const slowest = [...run.perFile].sort((a, b) => b.ms - a.ms)[0];
// ESLint reports files in the order it linted them: the first is the one that pays for privmap's start.
const first = run.perFile[0];
const cpu = [...cpuByFile];
const firstCpu = cpu[0] && { file: cpu[0][0], ms: cpu[0][1] };
const slowestCpu = cpu.sort((a, b) => b[1] - a[1])[0];
console.log(JSON.stringify({ seconds: run.seconds, cpuSeconds: run.cpuSeconds, processCpuSeconds: (used.user + used.system) / 1e6, messages: run.messages, slowest, first, ...(firstCpu ? { firstCpu, slowestCpu: { file: slowestCpu[0], ms: slowestCpu[1] } } : {}) }));
