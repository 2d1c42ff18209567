// One format rendered in a fresh process: builds a synthetic inventory of N elements (N/2 files, each with a
// declared field and, alternately, an undeclared field or a flow to a recipient), then times each stage the
// CLI runs after the scan, as the CLI runs it: the report model (JSON, CSV, HTML and Markdown render from it;
// SARIF, GitLab and the table render from the inventory), then the render and the atomic write of the file.
// SARIF, GitLab and the table render to a string the CLI then writes (two stages); the report formats write
// to the file as they render (src/report/index.ts `reportWriters`), one stage counted as the render. The
// model is built lazily (src/report/lazy.ts): `buildReport` makes what no format can skip, and the elements,
// counts and recipients are made when a format first reads them, so their cost is counted in the render.
// Prints one JSON line: seconds per stage, bytes, and the process's peak RSS.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_POLICY, benchFindings } from './outputs-policy.mjs';

const [format, count] = process.argv.slice(2);
const { loadPolicy } = await import('../dist/policy/index.js');
const { buildInventory } = await import('../dist/inventory/build.js');
const { buildReport, reportWriters } = await import('../dist/report/index.js');
const { renderSarif } = await import('../dist/output/sarif.js');
const { renderGitlab } = await import('../dist/output/gitlab.js');
const { renderTable } = await import('../dist/output/table.js');
const { palette } = await import('../dist/output/color.js');
const { writeFileAtomic, writeFileAtomicWith } = await import('../dist/output/write-atomic.js');

const dir = mkdtempSync(join(tmpdir(), 'privmap-outputs-'));
writeFileSync(
  join(dir, 'privacy.yml'),
  BENCH_POLICY,
);
const policy = loadPolicy(join(dir, 'privacy.yml'));

const files = Number(count) / 2;
const findings = benchFindings(files);
// CPU time (user + system, every thread: the garbage collector's helpers too) beside the wall clock: on a
// machine shared with other work, waiting for a core inflates the wall clock far more than the CPU time.
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const time = (fn) => {
  const started = performance.now();
  const cpuStarted = cpu();
  const value = fn();
  return [value, (performance.now() - started) / 1000, cpu() - cpuStarted];
};
const [inventory, inventorySeconds] = time(() => buildInventory({ policy, results: [{ findings, skipped: [], stats: { files, lines: files * 20 } }], scanRoot: process.cwd() }));
if (inventory.elements.length !== Number(count)) throw new Error(`expected ${count} elements, built ${inventory.elements.length}`);
// The inventory's garbage is not the format's: collect it before the format starts (bench runs with --expose-gc).
globalThis.gc?.();

const scanRoot = process.cwd();
const fromInventory = {
  sarif: () => renderSarif(inventory, { scanRoot }),
  gitlab: () => renderGitlab(inventory, { scanRoot }),
  table: () => renderTable(inventory, { palette: palette(false), verbose: false }),
};
const file = join(dir, `out.${format}`);
let modelSeconds = 0;
let modelCpu = 0;
let renderSeconds;
let renderCpu;
let writeSeconds = 0;
let writeCpu = 0;
if (fromInventory[format]) {
  let text;
  [text, renderSeconds, renderCpu] = time(fromInventory[format]);
  [, writeSeconds, writeCpu] = time(() => writeFileAtomic(file, text));
} else {
  let report;
  [report, modelSeconds, modelCpu] = time(() => buildReport(inventory));
  [, renderSeconds, renderCpu] = time(() => writeFileAtomicWith(file, (sink) => reportWriters[format](report, sink)));
}
const bytes = statSync(file).size;
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ inventorySeconds, modelSeconds, renderSeconds, writeSeconds, modelCpu, renderCpu, writeCpu, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
