// One ESLint run as the ESLint bench measures it (bench/eslint.bench.mjs, and bench/eslint-process.mjs in a
// fresh process): wall clock and CPU time, messages, and ESLint's own per-rule timings (`stats: true`).
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { ESLint } from 'eslint';
import { installTypeScriptProject, requireFrom } from './eslint-typescript-install.mjs';

export const IGNORES = ['**/node_modules/**', '**/*.d.ts', '**/dist/**', '**/build/**', '**/.next/**', '**/coverage/**', '**/generated/**'];

export async function lintOnce(dir, patterns, parser, configs) {
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
  // Every message, sorted, for comparing two builds' output on the same repository.
  const all = results
    .flatMap((r) => r.messages.map((m) => `${relative(dir, r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`))
    .sort();
  return { seconds, cpuSeconds, messages, fatal, files: results.length, statsRatio: total / (total - privmap), perFile, all };
}

// A rule that does nothing but listen: what any config with at least one rule pays (ESLint skips its AST
// traversal and rule set-up when no rule is on), so the cost that is privmap's own shows against it.
export const emptyRule = { plugins: { bench: { rules: { empty: { create: () => ({ 'Program:exit'() {} }) } } } }, rules: { 'bench/empty': 'error' } };

/**
 * The parser on the chosen TypeScript, and the baseline a real project lints with: typescript-eslint's own
 * `recommended` rules where the fixture project has them (5.9), else one empty rule.
 */
export function setupFor(version) {
  // privmap's own parser and TypeScript are loaded only when asked for: a project on 5.x never loads TypeScript 6,
  // and privmap must not find it loaded either (the plugin would see a copy users do not have).
  if (version === '6.0') return { parser: createRequire(import.meta.url)('@typescript-eslint/parser'), typescript: "privmap's own TypeScript", baseline: [emptyRule], baselineName: 'one empty rule' };
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
