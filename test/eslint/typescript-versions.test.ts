/**
 * Issue 12, item 5: the plugin on the TypeScript users have. Real ESLint 9 and 10 runs with
 * @typescript-eslint/parser running TypeScript 5.0 and 5.9 (fixture projects installed from the npm registry
 * into a temporary directory, see bench/eslint-typescript-install.mjs) and 6.0 (privmap's own). TypeScript 5.0
 * numbers its syntax kinds differently from 6.0, and 5.9 its type flags: the scanner must read each tree with
 * the module that built it, so `strict` reports the same type-based flows on every version.
 */
import { join, relative } from 'node:path';
import rootParser from '@typescript-eslint/parser';
import { ESLint as ESLint9, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { installTypeScriptProject, requireFrom } from '../../bench/eslint-typescript-install.mjs';
import plugin from '../../src/eslint/index.js';
import { repoRoot } from '../helpers/cli.js';
import { policyFile } from './rule-tester.js';

type ESLintClass = typeof ESLint9;
interface Message {
  ruleId: string | null;
  line: number;
  message: string;
}

const typedDir = join(repoRoot, 'fixtures', 'eslint', 'typed');
const projectDir = join(repoRoot, 'fixtures', 'eslint', 'project');
const projectFiles = ['src/customer.ts', 'src/signup.ts', 'src/orders/shipping.ts'];

const versions = ['5.0', '5.9', '6.0'] as const;
const parsers = new Map<string, Linter.Parser>();
let ESLint10: ESLintClass;
const eslints = (): [string, ESLintClass][] => [
  ['ESLint 9', ESLint9],
  ['ESLint 10', ESLint10],
];

beforeAll(async () => {
  ESLint10 = ((await import('eslint10')) as unknown as { ESLint: ESLintClass }).ESLint;
  parsers.set('6.0', rootParser as unknown as Linter.Parser);
  for (const version of ['5.0', '5.9'] as const) {
    const require = requireFrom(installTypeScriptProject(version));
    expect((require('typescript') as { version: string }).version.startsWith(`${version}.`)).toBe(true);
    parsers.set(version, require('@typescript-eslint/parser') as Linter.Parser);
  }
}, 300_000);

function config(version: string, preset: 'recommended' | 'strict', settings: Record<string, unknown>, parserOptions: Record<string, unknown> = {}): Linter.Config[] {
  return [
    { files: ['**/*.ts'], languageOptions: { parser: parsers.get(version)! } },
    plugin.configs[preset] as Linter.Config,
    { settings: { privmap: { policy: policyFile, ...settings } }, languageOptions: { parserOptions } },
  ];
}

async function lint(ESLint: ESLintClass, cwd: string, files: string[], overrideConfig: Linter.Config[]): Promise<string[]> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => (r.messages as Message[]).map((m) => `${relative(cwd, r.filePath).split('\\').join('/')}:${m.line} ${m.ruleId ?? 'fatal'}: ${m.message}`)).sort();
}

// Budget far above what these small types need, so a loaded machine never truncates them.
const ROOMY = { typeWalkBudgetMs: 5_000 };

describe('strict reports the same type-based flows on TypeScript 5.0, 5.9 and 6.0', () => {
  const want = [
    'customer-logging.ts:16 privmap/no-personal-data-in-logs: email data (`record`) is written to the log by `logger.info`, but recipient `conventional-logger` is not declared in the policy.',
    'customer-logging.ts:18 privmap/no-personal-data-in-logs: email data (`record`) is written to the log by `logger.info`, but recipient `conventional-logger` is not declared in the policy.',
    'customer-logging.ts:4 privmap/no-undeclared-personal-data: `Customer.email` holds email data, but no purpose is declared for it.',
  ];
  for (const version of versions) {
    for (const name of ['ESLint 9', 'ESLint 10']) {
      it(`TypeScript ${version}, ${name}`, async () => {
        const eslint = name === 'ESLint 9' ? ESLint9 : ESLint10;
        expect(await lint(eslint, typedDir, ['customer-logging.ts'], config(version, 'strict', ROOMY, { tsconfigRootDir: typedDir }))).toEqual(want);
      }, 120_000);
    }
  }
});

describe('recommended finds the same on every TypeScript version', () => {
  it('fixtures/eslint/project, ESLint 9 and 10', async () => {
    const outputs = new Map<string, string[]>();
    for (const version of versions) {
      for (const [name, ESLint] of eslints()) outputs.set(`${version} ${name}`, await lint(ESLint, projectDir, projectFiles, config(version, 'recommended', {})));
    }
    const reference = outputs.get('6.0 ESLint 9')!;
    expect(reference.length).toBeGreaterThan(3);
    for (const [key, output] of outputs) expect({ key, output }).toEqual({ key, output: reference });
  }, 240_000);
});

describe('type information asked for but missing', () => {
  it('is said once per run, not per file (no project: projectService off)', async () => {
    for (const version of ['5.9', '6.0'] as const) {
      for (const [, ESLint] of eslints()) {
        for (let run = 0; run < 2; run++) {
          const output = await lint(ESLint, projectDir, projectFiles, config(version, 'strict', {}, { projectService: false }));
          const notices = output.filter((m) => m.includes('cannot check type-based flows in this run'));
          expect(notices).toHaveLength(1);
          expect(notices[0]).toContain('set `parserOptions.projectService: true`');
        }
      }
    }
  }, 240_000);
});

describe('the type walk budget', () => {
  it('names the truncation in the message when a walk is stopped', async () => {
    for (const version of ['5.9', '6.0'] as const) {
      for (const [, ESLint] of eslints()) {
        const output = await lint(ESLint, typedDir, ['customer-logging.ts'], config(version, 'strict', { typeWalkBudgetMs: 0 }, { tsconfigRootDir: typedDir }));
        expect(output).toContain(
          'customer-logging.ts:16 privmap/no-personal-data-in-logs: privmap did not finish reading the type of `record` passed to `logger.info` (type walk stopped after 0 ms), so personal data inside it is not checked. Pass the fields you mean to send, or add `// privmap-ignore-next-line <reason>` above the call.',
        );
      }
    }
  }, 240_000);
});
