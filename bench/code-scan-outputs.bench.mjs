// Every output format at a large inventory's size (issue 14): 40,000 elements from 20,000 files, a third of
// them undeclared, flows to several recipients. Target: every format within 2x SARIF's time.
//
// Two measurements, like with like:
// 1. Stages, from one inventory: the inventory is built by the real `buildInventory` from findings shaped like
//    the scanner's (shared by every format, so timed once and not counted); then per format, in a fresh
//    process (one format's garbage does not slow the next), the report model (JSON, CSV, HTML and Markdown
//    render from it; SARIF, GitLab and the table from the inventory), the render and the atomic write (the
//    report formats write to the file as they render, as the CLI does: their write is inside the render). The
//    ratio compares everything after the inventory, which is what each format costs the CLI.
// 2. End to end: the built CLI on a generated project of the same shape (one entity file per two elements),
//    each command in its own process with a warm scan cache (filled by one run first, not counted), so the
//    time is the CLI's start, the cached scan, the inventory, the format and the write.
// Ratios are medians over rounds of each format against the SARIF run of the same round, so both sides of a
// ratio see the same (shared, drifting) machine; CPU time (all threads) is printed beside the wall clock, as it
// moves far less than the wall clock when other work waits for the same cores.
// PRIVMAP_BENCH_ELEMENTS (40000), PRIVMAP_BENCH_ROUNDS (3) and PRIVMAP_BENCH_CLI_ROUNDS (3; 0 skips the end-to-end
// runs, which take most of the bench's time: generating 20,000 files and 22 CLI runs) change the defaults.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_POLICY } from './outputs-policy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const FORMATS = ['sarif', 'gitlab', 'table', 'json', 'csv', 'html', 'markdown'];
const REPORT_FORMATS = new Set(['json', 'csv', 'html', 'markdown']);

function measure(format, elements) {
  const out = execFileSync(process.execPath, ['--expose-gc', join(here, 'code-scan-outputs.worker.mjs'), format, String(elements)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

const ROUNDS = Number(process.env.PRIVMAP_BENCH_ROUNDS ?? 3);
const CLI_ROUNDS = Number(process.env.PRIVMAP_BENCH_CLI_ROUNDS ?? 1);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const afterInventory = (m) => m.modelSeconds + m.renderSeconds + m.writeSeconds;
const cpuAfterInventory = (m) => m.modelCpu + m.renderCpu + m.writeCpu;

/** A project with the worker's shape: per file an annotated email; a phone without a purpose or a flow. */
function generateProject(files) {
  const dir = mkdtempSync(join(tmpdir(), 'privmap-outputs-cli-'));
  writeFileSync(
    join(dir, 'privacy.yml'),
    BENCH_POLICY,
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-app', private: true, dependencies: { '@sentry/node': '^8.0.0' } }));
  for (let i = 0; i < files; i++) {
    const folder = join(dir, 'src', `module-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const phone = i % 2 === 0 ? '  mobilePhone: string;\n' : '';
    const flow =
      i % 2 === 0
        ? ''
        : i % 8 === 1
          ? `import * as Sentry from '@sentry/node';\nexport function notify${i}(customer: Customer${i}) {\n  Sentry.setUser({ email: customer.email });\n}\n`
          : i % 8 === 3
            ? `export function notify${i}(customer: Customer${i}) {\n  console.log(customer.email);\n}\n`
            : `export async function notify${i}(customer: Customer${i}) {\n  await fetch('https://api.vendor${i % 2}.example/users', { method: 'POST', body: JSON.stringify({ email: customer.email }) });\n}\n`;
    writeFileSync(join(folder, `entity-${i}.ts`), `export interface Customer${i} {\n  /** @purpose service-provision */\n  email: string;\n${phone}}\n${flow}`);
  }
  return dir;
}

const CLI_COMMANDS = {
  sarif: ['scan', '-f', 'sarif'],
  gitlab: ['scan', '-f', 'gitlab'],
  table: ['scan', '-f', 'table'],
  json: ['scan', '-f', 'json'],
  csv: ['scan', '-f', 'csv'],
  html: ['report', '-f', 'html'],
  markdown: ['report', '-f', 'markdown'],
};

function runCli(project, format) {
  const output = join(project, `out.${format}`);
  const cpuFile = join(project, 'cpu-seconds');
  const started = performance.now();
  execFileSync(process.execPath, ['--require', join(here, 'cpu-at-exit.cjs'), join(root, 'dist/cli/main.js'), ...CLI_COMMANDS[format], '-q', '-o', output, project], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', PRIVMAP_BENCH_CPU_FILE: cpuFile },
  });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: Number(readFileSync(cpuFile, 'utf8')), bytes: readFileSync(output).length };
}

export default async function (log) {
  const elements = Number(process.env.PRIVMAP_BENCH_ELEMENTS ?? 40_000);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(Object.fromEntries(FORMATS.map((f) => [f, measure(f, elements)])));
  log(`${elements.toLocaleString('en')} elements from ${(elements / 2).toLocaleString('en')} files; inventory built once per process in ${median(rounds.map((r) => r.sarif.inventorySeconds)).toFixed(2)} s (shared by every format, not counted); median of ${ROUNDS} rounds`);
  log('  CPU seconds (all threads) per stage after the inventory (the report formats write as they render), then the wall clock; ratios paired per round (target <= 2 x SARIF)');
  log('  format     model   render  write  | after inventory  x SARIF | wall      x SARIF | size      peak RSS');
  for (const format of FORMATS) {
    const stage = (key) => median(rounds.map((r) => r[format][key])).toFixed(2);
    const ratio = (of) => median(rounds.map((r) => of(r[format]) / of(r.sarif))).toFixed(2).padStart(5);
    const total = (of) => median(rounds.map((r) => of(r[format]))).toFixed(2).padStart(6);
    const model = REPORT_FORMATS.has(format) ? `${stage('modelCpu')} s` : '-';
    log(
      `  ${format.padEnd(9)}  ${model.padEnd(6)}  ${stage('renderCpu')} s  ${stage('writeCpu')} s | ${total(cpuAfterInventory)} s         ${ratio(cpuAfterInventory)}   | ${total(afterInventory)} s  ${ratio(afterInventory)}   | ${(rounds[0][format].bytes / 1e6).toFixed(1).padStart(5)} MB  ${stage('peakRssMb').replace(/\.\d+$/, '').padStart(4)} MB`,
    );
  }

  if (CLI_ROUNDS <= 0) return;
  const project = generateProject(elements / 2);
  try {
    runCli(project, 'sarif'); // fills the scan cache
    const cli = [];
    for (let i = 0; i < CLI_ROUNDS; i++) cli.push(Object.fromEntries(FORMATS.map((f) => [f, runCli(project, f)])));
    log(`End to end, the built CLI on a generated project of ${(elements / 2).toLocaleString('en')} files with a warm cache, writing with -o (median of ${CLI_ROUNDS}):`);
    for (const format of FORMATS) {
      const ratio = (key) => median(cli.map((r) => r[format][key] / r.sarif[key])).toFixed(2);
      const value = (key) => median(cli.map((r) => r[format][key])).toFixed(2).padStart(6);
      log(`  privmap ${CLI_COMMANDS[format].join(' ').padEnd(18)} ${value('seconds')} s  ${ratio('seconds')} x SARIF | CPU ${value('cpuSeconds')} s  ${ratio('cpuSeconds')} x SARIF | ${(cli[0][format].bytes / 1e6).toFixed(1)} MB`);
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
