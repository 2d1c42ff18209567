/**
 * The top-level examples work as written: `.eslintrc.cjs` with ESLint 8.57 and `eslint.config.js` with
 * ESLint 9, both with the BUILT plugin (dist/, `npm test` builds first), over fixtures/sample-app. They must
 * report exactly what privmap's own scan judges undeclared there, so the editor and `privmap check` agree.
 */
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { judgeFinding } from '../../src/inventory/judge.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot, sampleApp } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const builtPlugin = pathToFileURL(join(repoRoot, 'dist', 'eslint', 'index.js')).href;

interface LintResultLike {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

function summary(results: LintResultLike[]): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${relative(sampleApp, r.filePath).split('\\').join('/')}:${m.line} ${m.ruleId ?? `fatal: ${m.message}`}`)).sort();
}

/** What privmap's own scan of the sample app judges undeclared, in the rules' terms. */
async function expectedFromScan(): Promise<string[]> {
  const policy = loadPolicy(join(sampleApp, 'privacy.yml'));
  const result = await scanCode(sampleApp, { engine: createEngine(policy) });
  return result.findings
    .filter((f) => !(f.kind === 'field' && f.isOrganisation) && judgeFinding(f, policy).status === 'undeclared')
    .map((f) => `${f.location.file}:${f.location.line} privmap/${f.kind === 'field' ? 'no-undeclared-personal-data' : f.sinkKind === 'logs' ? 'no-personal-data-in-logs' : 'no-undeclared-recipient'}`)
    .sort();
}

describe('top-level ESLint examples', () => {
  it('.eslintrc.cjs with ESLint 8.57', async () => {
    const plugin = ((await import(builtPlugin)) as { default: unknown }).default;
    const { ESLint: LegacyESLint } = require('eslint8') as { ESLint: new (options: Record<string, unknown>) => { lintFiles(files: string[]): Promise<LintResultLike[]> } };
    const eslint = new LegacyESLint({ cwd: repoRoot, useEslintrc: false, overrideConfigFile: join(repoRoot, '.eslintrc.cjs'), plugins: { privmap: plugin } });
    const results = summary(await eslint.lintFiles(['fixtures/sample-app/src/**/*.ts']));
    const expected = await expectedFromScan();
    expect(expected.length).toBeGreaterThan(0);
    expect(results).toEqual(expected);
  });

  it('eslint.config.js with ESLint 9', async () => {
    const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: join(repoRoot, 'eslint.config.js') });
    const results = summary(await eslint.lintFiles(['fixtures/sample-app/src/**/*.ts']));
    expect(results).toEqual(await expectedFromScan());
  });
});
