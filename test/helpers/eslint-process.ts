/**
 * A new `eslint` process on a project folder, as the ESLint project-state tests use it: a fresh module graph (no
 * project state in memory), the plugin's `recommended` config, and privmap's messages of a file or an edited buffer.
 */
import { join } from 'node:path';
import rootParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { vi } from 'vitest';

export async function newEslintProcess(dir: string) {
  vi.resetModules();
  const { default: plugin } = await import('../../src/eslint/index.js');
  const project = await import('../../src/flows/project.js');
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: rootParser as unknown as Linter.Parser } }, plugin.configs.recommended as Linter.Config] });
  const messages = (results: ESLint.LintResult[]) => results[0]!.messages.filter((m) => m.ruleId?.startsWith('privmap/')).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  return {
    lint: async (file: string) => messages(await eslint.lintFiles([file])),
    lintBuffer: async (file: string, text: string) => messages(await eslint.lintText(text, { filePath: join(dir, file) })),
    stats: () => project.projectStats(dir),
  };
}
