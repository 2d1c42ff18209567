// The ESLint plugin's cost in an editor-like run: ESLint 9 with @typescript-eslint/parser (no type
// information), with no rules, with the baseline a project lints with (typescript-eslint's recommended rules,
// or one empty rule where they are not installed), and with the baseline plus privmap's recommended config.
//
//   npm run bench -- eslint                                   the synthetic 100,000-line corpus, TypeScript 6.0
//   npm run bench -- eslint --repo <dir> [--typescript 5.9]   a real repository's *.ts/*.tsx, on the TypeScript
//                                                             users have (default 5.9: fixtures/eslint/typescript-5.9
//                                                             installed into a temp dir; 5.0 likewise; `6.0` is
//                                                             privmap's own) [--dist <built dist/ to compare>]
//
// Wall-clock ratios are medians over alternating pairs (each privmap run against the runs just before it,
// which follows a shared machine's drifting speed). ESLint's own per-rule timings (`stats: true`) give the
// ratio within the same privmap runs (all time / time outside privmap's rules) and privmap's time per file:
// the slowest file is the one an editor waits for on each keystroke. Targets: ratio <= 1.15, every file < 50 ms.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rootParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { generateCorpus } from './corpus.mjs';
import { installTypeScriptProject, requireFrom } from './eslint-typescript-install.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = Number(process.env.PRIVMAP_ESLINT_BENCH_RUNS ?? 5);
const IGNORES = ['**/node_modules/**', '**/*.d.ts', '**/dist/**', '**/build/**', '**/.next/**', '**/coverage/**', '**/generated/**'];

function argument(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function lintOnce(dir, patterns, parser, configs) {
  const eslint = new ESLint({
    cwd: dir,
    stats: true,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: IGNORES }, { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }, ...configs],
  });
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const results = await eslint.lintFiles(patterns);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  let total = 0;
  let privmap = 0;
  const perFile = [];
  for (const result of results) {
    let own = 0;
    for (const pass of result.stats?.times.passes ?? []) {
      total += pass.total;
      for (const [id, timing] of Object.entries(pass.rules ?? {})) if (id.startsWith('privmap/')) own += timing.total;
    }
    privmap += own;
    perFile.push({ file: relative(dir, result.filePath), ms: own });
  }
  const messages = results.reduce((n, r) => n + r.messages.length, 0);
  const fatal = results.reduce((n, r) => n + r.fatalErrorCount, 0);
  return { seconds, cpuSeconds, messages, fatal, files: results.length, statsRatio: total / (total - privmap), perFile };
}

// A rule that does nothing but listen: what any config with at least one rule pays (ESLint skips its AST
// traversal and rule set-up when no rule is on), so the cost that is privmap's own shows against it.
const emptyRule = { plugins: { bench: { rules: { empty: { create: () => ({ 'Program:exit'() {} }) } } } }, rules: { 'bench/empty': 'error' } };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The parser on the chosen TypeScript, and the baseline a real project lints with: typescript-eslint's own
 * `recommended` rules where the fixture project has them (5.9), else one empty rule.
 */
function setupFor(version) {
  if (version === '6.0') return { parser: rootParser, typescript: 'privmap\'s own TypeScript', baseline: [emptyRule], baselineName: 'one empty rule' };
  const require = requireFrom(installTypeScriptProject(version));
  const parser = require('@typescript-eslint/parser');
  const setup = { parser, typescript: `TypeScript ${require('typescript').version}`, baseline: [emptyRule], baselineName: 'one empty rule' };
  try {
    const recommended = require('@typescript-eslint/eslint-plugin').configs['flat/recommended'];
    return { ...setup, baseline: recommended.map((c) => ({ ...c, files: ['**/*.ts', '**/*.tsx'] })), baselineName: 'typescript-eslint recommended' };
  } catch {
    return setup;
  }
}

export default async function (log) {
  // `--dist <dir>` compares another build of privmap (a checkout of an earlier commit, built) on the same input.
  const dist = resolve(argument('dist') ?? join(root, 'dist'));
  const { default: privmap } = await import(pathToFileURL(join(dist, 'eslint', 'index.js')).href);
  const policy = join(root, 'fixtures', 'eslint', 'policy', 'privacy.yml');
  const withPrivmap = [{ ...privmap.configs.recommended, settings: { privmap: { policy } } }];
  const repo = argument('repo') ?? process.env.PRIVMAP_ESLINT_BENCH_REPO;
  const version = argument('typescript') ?? (repo ? '5.9' : '6.0');
  const { parser, typescript, baseline, baselineName } = setupFor(version);
  let dir;
  let patterns;
  let what;
  if (repo) {
    dir = resolve(repo);
    patterns = ['**/*.ts', '**/*.tsx'];
    what = `repository ${dir}`;
  } else {
    const target = Number(process.env.PRIVMAP_ESLINT_BENCH_LINES ?? 100_000);
    dir = join(root, '.bench', `eslint-corpus-${target / 1000}k`);
    const corpus = generateCorpus(dir, target);
    patterns = ['src/**/*.ts'];
    what = `synthetic corpus, ${corpus.lines.toLocaleString('en')} lines`;
  }
  // Warm-up: module loading, the policy, the detector's memo and the JIT are paid once per editor session.
  await lintOnce(dir, patterns, parser, baseline);
  await lintOnce(dir, patterns, parser, [...baseline, ...withPrivmap]);
  const bare = [];
  const empty = [];
  const rules = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await lintOnce(dir, patterns, parser, []));
    empty.push(await lintOnce(dir, patterns, parser, baseline));
    rules.push(await lintOnce(dir, patterns, parser, [...baseline, ...withPrivmap]));
  }
  const last = rules[rules.length - 1];
  // Each file's privmap time: the median over the runs, so one GC pause does not make a file "slow".
  const fileMs = last.perFile.map((f, i) => ({ file: f.file, ms: median(rules.map((r) => r.perFile[i]?.ms ?? 0)) })).sort((a, b) => b.ms - a.ms);
  const sum = fileMs.reduce((n, f) => n + f.ms, 0);
  log(`${what}: ${last.files} files; ESLint 9 + @typescript-eslint/parser on ${typescript}, median of ${RUNS} pairs`);
  const ratio = (a, b, key) => median(a.map((x, i) => x[key] / b[i][key])).toFixed(2);
  log(`  no rules:             ${median(bare.map((x) => x.seconds)).toFixed(2)} s (CPU ${median(bare.map((x) => x.cpuSeconds)).toFixed(2)} s)`);
  log(`  ${baselineName}: ${median(empty.map((x) => x.seconds)).toFixed(2)} s (CPU ${median(empty.map((x) => x.cpuSeconds)).toFixed(2)} s)`);
  log(`  the same + privmap recommended: ${median(rules.map((x) => x.seconds)).toFixed(2)} s (CPU ${median(rules.map((x) => x.cpuSeconds)).toFixed(2)} s; ${last.messages} messages, ${last.fatal} fatal)`);
  log(`  with privmap / ${baselineName}: wall clock ${ratio(rules, empty, 'seconds')}, CPU time ${ratio(rules, empty, 'cpuSeconds')} (target <= 1.15)`);
  log(`  with privmap / no rules: wall clock ${ratio(rules, bare, 'seconds')}, CPU time ${ratio(rules, bare, 'cpuSeconds')} (${baselineName} itself: CPU ${ratio(empty, bare, 'cpuSeconds')}; ESLint skips its traversal when no rule is on)`);
  log(`  all time / time outside privmap's rules (ESLint stats): ${median(rules.map((x) => x.statsRatio)).toFixed(2)} (target <= 1.15)`);
  log(`  privmap time per file: mean ${(sum / fileMs.length).toFixed(1)} ms, slowest ${fileMs.slice(0, 3).map((f) => `${f.ms.toFixed(1)} ms ${f.file}`).join(', ')} (target < 50 ms)`);
}
