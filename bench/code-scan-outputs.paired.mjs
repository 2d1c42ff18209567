// The outputs benchmark's stages (./code-scan-outputs.worker.mjs) for two builds side by side, on a machine
// whose speed drifts: rounds alternate the builds and, within a round, the formats, each in a fresh process, and
// each format's CPU time after the inventory is divided by the SARIF run of the same build and round. Prints
// the median ratio per format and build, and the load average before and after.
//   node bench/code-scan-outputs.paired.mjs <previous checkout, built> [rounds=5] [formats=sarif,json,markdown]
// The previous checkout needs `npm run build` (its own bench worker times its own stages).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [previous, roundsArg = '5', formatsArg = 'sarif,gitlab,table,json,csv,html,markdown'] = process.argv.slice(2);
if (!previous) throw new Error('usage: node bench/code-scan-outputs.paired.mjs <previous checkout, built> [rounds] [formats]');
const builds = { before: resolve(previous), after: resolve(here, '..') };
const formats = formatsArg.split(',');
if (!formats.includes('sarif')) formats.unshift('sarif');
const elements = process.env.PRIVMAP_BENCH_ELEMENTS ?? '40000';

function measure(root, format) {
  const out = execFileSync(process.execPath, ['--expose-gc', join(root, 'bench/code-scan-outputs.worker.mjs'), format, elements], { cwd: root, encoding: 'utf8' });
  const m = JSON.parse(out.trim().split('\n').pop());
  return { cpu: m.modelCpu + m.renderCpu + m.writeCpu, wall: m.modelSeconds + m.renderSeconds + m.writeSeconds, bytes: m.bytes, rss: m.peakRssMb };
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`load average at the start: ${load()}`);
const results = { before: [], after: [] };
for (let round = 0; round < Number(roundsArg); round++) {
  const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
  for (const build of order) {
    const got = {};
    for (const format of formats) got[format] = measure(builds[build], format);
    results[build].push(got);
  }
  console.log(`round ${round + 1}: ${formats.map((f) => `${f} ${(results.before[round][f].cpu / results.before[round].sarif.cpu).toFixed(2)} -> ${(results.after[round][f].cpu / results.after[round].sarif.cpu).toFixed(2)}`).join(', ')} (load ${load()})`);
}
console.log(`median of ${roundsArg} rounds, CPU after the inventory x SARIF's of the same build and round (wall clock in brackets):`);
for (const format of formats) {
  const of = (build, key) => median(results[build].map((r) => r[format][key] / r.sarif[key])).toFixed(2);
  const cpu = (build) => median(results[build].map((r) => r[format].cpu)).toFixed(2);
  const rss = (build) => median(results[build].map((r) => r[format].rss)).toFixed(0);
  console.log(`  ${format.padEnd(9)} before ${of('before', 'cpu')} (${of('before', 'wall')}) ${cpu('before')} s ${rss('before')} MB | after ${of('after', 'cpu')} (${of('after', 'wall')}) ${cpu('after')} s ${rss('after')} MB | ${(results.before[0][format].bytes / 1e6).toFixed(1)} -> ${(results.after[0][format].bytes / 1e6).toFixed(1)} MB`);
}
console.log(`load average at the end: ${load()}`);
