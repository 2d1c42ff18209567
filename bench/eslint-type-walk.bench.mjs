// The type walk budget (issue 12): `strict` on a file that logs a value of a very large union type, the shape a
// big zod discriminated union gives (`console.error(result.error)`), on TypeScript 5.9 as users have it.
// privmap's time on that file (ESLint's per-rule stats, the median of RUNS lints) with the default 20 ms budget
// and with the budget off, and the message the budget leaves.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { installTypeScriptProject, requireFrom } from './eslint-typescript-install.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = 3;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function writeProject(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, types: [] }, include: ['*.ts'] }));
  // 26 × 26 × 10 = 6,760 event types, each an object with nested parts: one union, as `z.infer` of a big
  // discriminated union gives.
  writeFileSync(
    join(dir, 'events.ts'),
    [
      `type Letter = ${[...LETTERS].map((l) => `'${l}'`).join(' | ')};`,
      `type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';`,
      'type Kind = `${Letter}${Letter}${Digit}`;',
      'export type Event = { [K in Kind]: { type: K; at: Date; attempt: number; source: { region: string; zone: K }; issues: { path: K[]; code: string }[] } }[Kind];',
      'export interface Failure { ok: false; error: { issues: Event[]; first: Event; byType: { [K in Kind]?: Event } } }',
      'declare const result: Failure;',
      'export function report() {',
      '  console.error(result.error);',
      '}',
      '',
    ].join('\n'),
  );
}

async function lint(dir, parser, privmap, policy, budget) {
  const eslint = new ESLint({
    cwd: dir,
    stats: true,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser } },
      privmap.configs.strict,
      { settings: { privmap: { policy, ...(budget === undefined ? {} : { typeWalkBudgetMs: budget }) } }, languageOptions: { parserOptions: { tsconfigRootDir: dir } } },
    ],
  });
  const [result] = await eslint.lintFiles(['events.ts']);
  let ms = 0;
  for (const pass of result.stats?.times.passes ?? []) for (const [id, timing] of Object.entries(pass.rules ?? {})) if (id.startsWith('privmap/')) ms += timing.total;
  return { ms, messages: result.messages.map((m) => `${m.line}: ${m.message}`) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function (log) {
  const { default: privmap } = await import(pathToFileURL(join(root, 'dist', 'eslint', 'index.js')).href);
  const policy = join(root, 'fixtures', 'eslint', 'policy', 'privacy.yml');
  const require = requireFrom(installTypeScriptProject('5.9'));
  const parser = require('@typescript-eslint/parser');
  const dir = join(root, '.bench', 'eslint-type-walk');
  writeProject(dir);
  const rows = [];
  for (const [label, budget] of [['default budget (20 ms)', undefined], ['budget off', 1e9]]) {
    const runs = [];
    // A fresh ESLint per run: a new program, so the checker's caches start cold as after an edit.
    for (let i = 0; i < RUNS; i++) runs.push(await lint(dir, parser, privmap, policy, budget));
    rows.push({ label, ms: median(runs.map((r) => r.ms)), messages: runs[0].messages });
  }
  log(`strict on a file logging a 6,760-member union (TypeScript ${require('typescript').version}, ESLint 9), privmap's time on the file, median of ${RUNS}:`);
  for (const row of rows) log(`  ${row.label}: ${row.ms.toFixed(0)} ms; ${row.messages.length ? row.messages.join(' | ') : 'no message'}`);
}
