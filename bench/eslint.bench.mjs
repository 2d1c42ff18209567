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
// With --repo the repository is copied to .bench/eslint-repo-<name>/ with the policy as its root's privacy.yml,
// as `privmap init` leaves it, so privmap's project state (the module facts and wrapper summaries that
// cross-module flows need, src/flows/project.ts and link-demand.ts) covers the repository as it does for users.
// That state is made once per process, each linted file linking the modules it reaches, the whole project
// where a file needs it: one `eslint` process each (bench/eslint-process.mjs) gives what CI pays, with privmap's
// per-file cache cold and then warm; the paired runs in this process give an editor session's cost.
//
// Wall-clock ratios are medians over alternating pairs (each privmap run against the runs just before it,
// which follows a shared machine's drifting speed). ESLint's own per-rule timings (`stats: true`) give the
// ratio within the same privmap runs (all time / time outside privmap's rules) and privmap's time per file:
// the slowest file is the one an editor waits for on each keystroke. Targets: ratio <= 1.15, every file < 50 ms.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { lintOnce, setupFor } from './eslint-lint.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const RUNS = Number(process.env.PRIVMAP_ESLINT_BENCH_RUNS ?? 5);
const POLICY = join(root, 'fixtures', 'eslint', 'policy', 'privacy.yml');

function argument(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The repository's files without node_modules or .git, and the policy at its root (one copy per TypeScript: runs on two may overlap). */
function repositoryCopy(repo, version) {
  const dir = join(root, '.bench', `eslint-repo-${basename(repo)}-ts${version}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(repo, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|\.git|\.privmap-cache)$/.test(path) });
  writeFileSync(join(dir, 'privacy.yml'), readFileSync(POLICY));
  return dir;
}

/** One `eslint` process (bench/eslint-process.mjs). */
function lintProcess(options) {
  // Run in the repository, as users run `npx eslint .`: the plugin takes the first file's stats ahead for the
  // privacy.yml found from there (src/flows/project-prefetch.ts).
  const out = execFileSync(process.execPath, [join(here, 'eslint-process.mjs'), JSON.stringify(options)], { cwd: options.dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

export default async function (log) {
  // `--dist <dir>` compares another build of privmap (a checkout of an earlier commit, built) on the same input.
  const dist = resolve(argument('dist') ?? join(root, 'dist'));
  const { default: privmap } = await import(pathToFileURL(join(dist, 'eslint', 'index.js')).href);
  const repo = argument('repo') ?? process.env.PRIVMAP_ESLINT_BENCH_REPO;
  const version = argument('typescript') ?? (repo ? '5.9' : '6.0');
  const { parser, typescript, baseline, baselineName } = setupFor(version);
  let dir;
  let patterns;
  let what;
  let withPrivmap;
  if (repo) {
    dir = repositoryCopy(resolve(repo), version);
    patterns = ['**/*.ts', '**/*.tsx'];
    what = `repository ${resolve(repo)} (copied with privacy.yml at its root)`;
    withPrivmap = [privmap.configs.recommended];
  } else {
    const target = Number(process.env.PRIVMAP_ESLINT_BENCH_LINES ?? 100_000);
    dir = join(root, '.bench', `eslint-corpus-${target / 1000}k`);
    const corpus = generateCorpus(dir, target);
    patterns = ['src/**/*.ts'];
    what = `synthetic corpus, ${corpus.lines.toLocaleString('en')} lines`;
    withPrivmap = [{ ...privmap.configs.recommended, settings: { privmap: { policy: POLICY } } }];
  }
  log(`${what}: ESLint 9 + @typescript-eslint/parser on ${typescript}`);
  if (repo) {
    // What one `eslint` run pays, project state included: cold (no per-file cache) and then warm.
    rmSync(join(dir, '.privmap-cache'), { recursive: true, force: true });
    const plain = lintProcess({ dir, version, dist, withPrivmap: false });
    const cold = lintProcess({ dir, version, dist, withPrivmap: true });
    const warm = lintProcess({ dir, version, dist, withPrivmap: true });
    const plainAgain = lintProcess({ dir, version, dist, withPrivmap: false });
    const base = (plain.cpuSeconds + plainAgain.cpuSeconds) / 2;
    const describe = (run) => `CPU ${run.cpuSeconds.toFixed(2)} s (${(run.cpuSeconds / base).toFixed(2)}), wall ${run.seconds.toFixed(2)} s, ${run.messages} messages; privmap's slowest file ${run.slowest.ms.toFixed(0)} ms ${run.slowest.file}`;
    log(`  one eslint process, ${baselineName}: CPU ${plain.cpuSeconds.toFixed(2)} s and ${plainAgain.cpuSeconds.toFixed(2)} s (before and after), wall ${plain.seconds.toFixed(2)} s`);
    log(`  one eslint process + privmap, per-file cache cold: ${describe(cold)}`);
    log(`  one eslint process + privmap, per-file cache warm: ${describe(warm)}`);
  }
  // Warm-up: module loading, the policy, privmap's project state, the detector's memo and the JIT are paid
  // once per editor session.
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
  const messagesFile = argument('messages');
  if (messagesFile) writeFileSync(messagesFile, last.all.join('\n') + '\n');
  // Each file's privmap time: the median over the runs, so one GC pause does not make a file "slow".
  const fileMs = last.perFile.map((f, i) => ({ file: f.file, ms: median(rules.map((r) => r.perFile[i]?.ms ?? 0)) })).sort((a, b) => b.ms - a.ms);
  const sum = fileMs.reduce((n, f) => n + f.ms, 0);
  log(`  in one process (an editor session), ${last.files} files, median of ${RUNS} pairs:`);
  const ratio = (a, b, key) => median(a.map((x, i) => x[key] / b[i][key])).toFixed(2);
  log(`  no rules:             ${median(bare.map((x) => x.seconds)).toFixed(2)} s (CPU ${median(bare.map((x) => x.cpuSeconds)).toFixed(2)} s)`);
  log(`  ${baselineName}: ${median(empty.map((x) => x.seconds)).toFixed(2)} s (CPU ${median(empty.map((x) => x.cpuSeconds)).toFixed(2)} s)`);
  log(`  the same + privmap recommended: ${median(rules.map((x) => x.seconds)).toFixed(2)} s (CPU ${median(rules.map((x) => x.cpuSeconds)).toFixed(2)} s; ${last.messages} messages, ${last.fatal} fatal)`);
  log(`  with privmap / ${baselineName}: wall clock ${ratio(rules, empty, 'seconds')}, CPU time ${ratio(rules, empty, 'cpuSeconds')} (target <= 1.15)`);
  log(`  with privmap / no rules: wall clock ${ratio(rules, bare, 'seconds')}, CPU time ${ratio(rules, bare, 'cpuSeconds')} (${baselineName} itself: CPU ${ratio(empty, bare, 'cpuSeconds')}; ESLint skips its traversal when no rule is on)`);
  log(`  all time / time outside privmap's rules (ESLint stats): ${median(rules.map((x) => x.statsRatio)).toFixed(2)} (target <= 1.15)`);
  log(`  privmap time per file: mean ${(sum / fileMs.length).toFixed(1)} ms, slowest ${fileMs.slice(0, 3).map((f) => `${f.ms.toFixed(1)} ms ${f.file}`).join(', ')} (target < 50 ms)`);
}
