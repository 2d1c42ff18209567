/**
 * Real ESLint runs over fixtures/eslint/project: ESLint 9 and 10 with a flat config, ESLint 8.57 with a legacy
 * `.eslintrc` config, each with the plugin's recommended config. Every run must give exactly the findings the
 * fixture files state (`// privmap-expect: <rule-id>` above the line), so all three agree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint9, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint/index.js';
import { repoRoot } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const projectDir = join(repoRoot, 'fixtures', 'eslint', 'project');
const files = ['src/customer.ts', 'src/signup.ts', 'src/orders/shipping.ts', 'src/legacy-export.js'];

interface LintResultLike {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

/** `file:line rule` for each expectation; it applies to the next line that is not an expectation itself. */
function expected(): string[] {
  return files.flatMap((file) => {
    const lines = readFileSync(join(projectDir, file), 'utf8').split('\n');
    return lines.flatMap((line, index) => {
      const match = /\/\/\s*privmap-expect:\s*(\S+)/.exec(line);
      if (!match) return [];
      let target = index + 1;
      while (/\/\/\s*privmap-expect:/.test(lines[target] ?? '')) target++;
      return [`${file}:${target + 1} privmap/${match[1]}`];
    });
  }).sort();
}

function actual(results: LintResultLike[]): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${relative(projectDir, r.filePath).split('\\').join('/')}:${m.line} ${m.ruleId ?? `fatal: ${m.message}`}`)).sort();
}

// typescript-eslint types configs with its own FlatConfig; ESLint's Linter.Config is the same shape.
const flatConfig = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  plugin.configs.recommended as Linter.Config,
];

describe('the plugin in real ESLint runs', () => {
  const want = expected();

  it('states at least one finding per rule in the fixture', () => {
    const rules = new Set(want.map((w) => w.split(' ')[1]));
    expect([...rules].sort()).toEqual(Object.keys(plugin.rules).map((id) => `privmap/${id}`).sort());
  });

  it('ESLint 9 (flat config)', async () => {
    const eslint = new ESLint9({ cwd: projectDir, overrideConfigFile: true, overrideConfig: flatConfig });
    expect(actual(await eslint.lintFiles(files))).toEqual(want);
  });

  it('ESLint 10 (flat config)', async () => {
    const { ESLint } = (await import('eslint10')) as unknown as { ESLint: typeof ESLint9 };
    const eslint = new ESLint({ cwd: projectDir, overrideConfigFile: true, overrideConfig: flatConfig });
    expect(actual(await eslint.lintFiles(files))).toEqual(want);
  });

  it('ESLint 8.57 (legacy .eslintrc config)', async () => {
    const { ESLint } = require('eslint8') as { ESLint: new (options: Record<string, unknown>) => { lintFiles(files: string[]): Promise<LintResultLike[]> } };
    const eslint = new ESLint({
      cwd: projectDir,
      useEslintrc: false,
      plugins: { privmap: plugin },
      overrideConfig: {
        root: true,
        parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
        env: { node: true, es2022: true },
        extends: ['plugin:privmap/recommended-legacy'],
        overrides: [{ files: ['*.ts'], parser: require.resolve('@typescript-eslint/parser') }],
      },
    });
    expect(actual(await eslint.lintFiles(files))).toEqual(want);
  });

  it('ESLint 8.57 lints the TypeScript files of a directory (`eslint .`) with the legacy config alone', async () => {
    const { ESLint } = require('eslint8') as { ESLint: new (options: Record<string, unknown>) => { lintFiles(files: string[]): Promise<LintResultLike[]> } };
    // The README's .eslintrc.cjs: a parser, the plugin and its config, no overrides and no --ext of its own.
    const eslint = new ESLint({
      cwd: projectDir,
      useEslintrc: false,
      plugins: { privmap: plugin },
      overrideConfig: { root: true, parser: require.resolve('@typescript-eslint/parser'), extends: ['plugin:privmap/recommended-legacy'] },
    });
    const linted = (await eslint.lintFiles(['.'])).map((r) => relative(projectDir, r.filePath).split('\\').join('/'));
    expect(linted).toEqual(expect.arrayContaining(['src/customer.ts', 'src/signup.ts', 'src/orders/shipping.ts']));
  });
});
