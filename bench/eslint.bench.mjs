// The ESLint plugin's cost in an editor-like run: ESLint 9 with @typescript-eslint/parser (no type
// information) over the synthetic corpus, with no rules and with privmap's recommended config.
// Two numbers: the wall-clock ratio of the two runs (median over alternating pairs, each privmap run against
// the bare run just before it, which follows a shared machine's drifting speed),
// and the ratio from ESLint's own per-rule timings (`stats: true`) within the privmap runs, which compares
// the same run with and without the time spent in privmap's rules. Target <= 1.15.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { generateCorpus } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = 5;

async function lintOnce(dir, configs) {
  const eslint = new ESLint({ cwd: dir, stats: true, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, ...configs] });
  const started = process.hrtime.bigint();
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let total = 0;
  let privmap = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      total += pass.total;
      for (const [id, timing] of Object.entries(pass.rules ?? {})) if (id.startsWith('privmap/')) privmap += timing.total;
    }
  }
  const messages = results.reduce((n, r) => n + r.messages.length, 0);
  const fatal = results.reduce((n, r) => n + r.fatalErrorCount, 0);
  return { seconds, messages, fatal, statsRatio: total / (total - privmap) };
}

// A rule that does nothing but listen: what any config with at least one rule pays (ESLint skips its AST
// traversal and rule set-up when no rule is on), so the cost that is privmap's own shows against it.
const emptyRule = { plugins: { bench: { rules: { empty: { create: () => ({ 'Program:exit'() {} }) } } } }, rules: { 'bench/empty': 'error' } };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export default async function (log) {
  const { default: privmap } = await import(pathToFileURL(join(root, 'dist', 'eslint', 'index.js')).href);
  const policy = join(root, 'fixtures', 'eslint', 'policy', 'privacy.yml');
  const withPrivmap = [{ ...privmap.configs.recommended, settings: { privmap: { policy } } }];
  const target = Number(process.env.PRIVMAP_ESLINT_BENCH_LINES ?? 100_000);
  const dir = join(root, '.bench', `eslint-corpus-${target / 1000}k`);
  const corpus = generateCorpus(dir, target);
  // Warm-up: module loading, the policy, the detector's memo and the JIT are paid once per editor session.
  await lintOnce(dir, []);
  await lintOnce(dir, withPrivmap);
  const bare = [];
  const empty = [];
  const rules = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    bare.push((await lintOnce(dir, [])).seconds);
    empty.push((await lintOnce(dir, [emptyRule])).seconds);
    last = await lintOnce(dir, withPrivmap);
    rules.push(last);
  }
  const b = median(bare);
  const r = median(rules.map((x) => x.seconds));
  log(`corpus ${corpus.files} files, ${corpus.lines} lines; ESLint 9 + @typescript-eslint/parser, median of ${RUNS}`);
  log(`  no rules:             ${b.toFixed(2)} s (${Math.round(corpus.lines / b).toLocaleString('en')} lines/s)`);
  log(`  privmap recommended:  ${r.toFixed(2)} s (${Math.round(corpus.lines / r).toLocaleString('en')} lines/s, ${last.messages} messages, ${last.fatal} fatal)`);
  log(`  overhead ratio, wall clock:        ${median(rules.map((x, i) => x.seconds / bare[i])).toFixed(2)} (median of ${RUNS} pairs; target <= 1.15)`);
  log(`  against one empty rule:            ${median(rules.map((x, i) => x.seconds / empty[i])).toFixed(2)} (the empty rule itself: ${median(empty.map((e, i) => e / bare[i])).toFixed(2)} against no rules)`);
  log(`  overhead ratio, ESLint rule stats: ${median(rules.map((x) => x.statsRatio)).toFixed(2)} (target <= 1.15)`);
}
