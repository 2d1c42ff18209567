// One `eslint` process over a repository, as CI runs it: ESLint, the parser and privmap loaded from scratch,
// privmap's project state (every file's module facts, the wrapper summaries) built on the first file that
// needs it. Run by bench/eslint.bench.mjs as a child process; prints one JSON line.
//
//   node bench/eslint-process.mjs '{"dir": "...", "version": "5.9", "dist": "...", "withPrivmap": true[, "patterns": ["a.ts"]][, "messagesFile": "out.txt"]}'
import { openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lintOnce, setupFor } from './eslint-lint.mjs';

// `patterns` (optional) lints only those files, e.g. the first file alone to profile what a process's start costs.
// `messagesFile` (optional) receives every message, sorted, one a line: two builds' output compared line by line.
// `top` (optional) lists that many files costing privmap most of the main thread's CPU, slowest first: what to profile.
// `windowsFile` (optional) receives each privmap call's start and end (µs, the clock of `node --cpu-prof`'s
// samples) per file: a profile's samples within one file's lint, e.g. the first file's or the slowest's.
const { dir, version, dist, withPrivmap, patterns = ['**/*.ts', '**/*.tsx'], messagesFile, top = 0, windowsFile } = JSON.parse(process.argv[2]);
/** Per file, each privmap call's [start, end] in µs of the monotonic clock, when `windowsFile` is asked for. */
const windows = new Map();
const { parser, baseline } = setupFor(version);
/** The main thread's pauses for garbage collection (ms), and the heap at the end: what a retained tree costs. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });
const configs = [...baseline];
/** CPU time (ms, the whole process's: libuv's threads included) spent in privmap's rules, per file in lint order. */
const cpuByFile = new Map();
/**
 * The same, the main thread's alone (what delays the lint: libuv's and the garbage collector's threads run beside
 * it), from the kernel's count of the thread's time on a CPU (`/proc/thread-self/schedstat`, Linux; read with
 * one `pread` of a file kept open). Undefined elsewhere.
 */
const threadCpuByFile = new Map();
const schedstat = (() => {
  try {
    return openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return undefined;
  }
})();
const statBuffer = Buffer.alloc(128);
const threadNs = () => {
  const n = readSync(schedstat, statBuffer, 0, statBuffer.length, 0);
  return Number(statBuffer.toString('latin1', 0, n).split(' ')[0]);
};
/** The plugin with each rule's `create` and listeners timed in CPU, which ESLint's stats (wall clock) are not. */
function cpuTimed(plugin) {
  const timed = (file, fn) =>
    function (...args) {
      const before = process.cpuUsage();
      const threadBefore = schedstat === undefined ? 0 : threadNs();
      firstCallAt ??= performance.now();
      const startedUs = windowsFile ? Number(process.hrtime.bigint() / 1000n) : 0;
      try {
        return fn.apply(this, args);
      } finally {
        if (windowsFile) windows.set(file, [...(windows.get(file) ?? []), [startedUs, Number(process.hrtime.bigint() / 1000n)]]);
        if (schedstat !== undefined) threadCpuByFile.set(file, (threadCpuByFile.get(file) ?? 0) + (threadNs() - threadBefore) / 1e6);
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
/** When the plugin was loaded and when its rules were first called (ms): the age of the stats it took ahead. */
let loadedAt;
let firstCallAt;
if (withPrivmap) {
  loadedAt = performance.now();
  const { default: privmap } = await import(pathToFileURL(join(dist, 'eslint', 'index.js')).href);
  // The policy is the privacy.yml at the repository's root, found upward from each file, as users have it.
  configs.push({ ...privmap.configs.recommended, plugins: { privmap: cpuTimed(privmap) } });
}
const run = await lintOnce(dir, patterns, parser, configs);
const used = process.cpuUsage();
const slowest = [...run.perFile].sort((a, b) => b.ms - a.ms)[0];
// ESLint reports files in the order it linted them: the first is the one that pays for privmap's start.
const first = run.perFile[0];
const cpu = [...cpuByFile];
const firstCpu = cpu[0] && { file: cpu[0][0], ms: cpu[0][1] };
const slowestCpu = cpu.sort((a, b) => b[1] - a[1])[0];
// All CPU time inside privmap's rules (ms): what the process paid for privmap, beside the process's whole CPU.
const privmapCpu = cpu.reduce((sum, [, ms]) => sum + ms, 0);
const thread = [...threadCpuByFile];
const firstThreadCpu = thread[0] && { file: thread[0][0], ms: thread[0][1] };
const slowestThreadCpu = thread.sort((a, b) => b[1] - a[1])[0];
const topThreadCpu = top > 0 ? { topThreadCpu: thread.slice(0, top).map(([file, ms]) => ({ file, ms: Math.round(ms * 10) / 10 })) } : {};
const threadFigures = firstThreadCpu ? { firstThreadCpu, slowestThreadCpu: { file: slowestThreadCpu[0], ms: slowestThreadCpu[1] }, privmapThreadCpuMs: thread.reduce((sum, [, ms]) => sum + ms, 0), ...topThreadCpu } : {};
await new Promise((resolve) => setImmediate(resolve));
const heapUsedMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
// With --expose-gc, the heap that is still reachable (what the run keeps, not garbage not yet collected).
globalThis.gc?.();
const memory = { mainThreadCpuSeconds: schedstat === undefined ? undefined : threadNs() / 1e9, gcMs: Math.round(gcMs), heapUsedMB, ...(globalThis.gc ? { heapLiveMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) } : {}) };
// Written after every figure is taken, so it costs none of them.
if (messagesFile) writeFileSync(messagesFile, run.all.join('\n') + '\n');
if (windowsFile) writeFileSync(windowsFile, JSON.stringify(Object.fromEntries(windows)));
console.log(JSON.stringify({ ...memory, seconds: run.seconds, cpuSeconds: run.cpuSeconds, processCpuSeconds: (used.user + used.system) / 1e6, messages: run.messages, slowest, first, ...(firstCpu ? { firstCpu, slowestCpu: { file: slowestCpu[0], ms: slowestCpu[1] }, privmapCpuMs: privmapCpu, firstCallAfterLoadMs: Math.round(firstCallAt - loadedAt), ...threadFigures } : {}) }));
