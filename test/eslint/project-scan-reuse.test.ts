/**
 * Issue 12 (the plugin's cost on a real repository): with privacy.yml at the project's root, the plugin's project
 * state scans every file once (through the CLI's per-file cache), and the lint of a file whose text is unchanged
 * reuses that scan instead of scanning the file again. The reused scan must say exactly what the plugin's own
 * scan of the user's tree says: the same files linted as edited buffers (text differing from the file on disk,
 * so scanned here with the parser's TypeScript, 5.0 or privmap's 6.0) give the same messages.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import rootParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTypeScriptProject, requireFrom } from '../../bench/eslint-typescript-install.mjs';
import plugin from '../../src/eslint/index.js';
import { repoRoot } from '../helpers/cli.js';

let dir: string;
let parser50: Linter.Parser;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-reuse-'));
  cpSync(join(repoRoot, 'fixtures', 'sample-app'), dir, { recursive: true, filter: (path) => !path.includes('.privmap-cache') });
  parser50 = requireFrom(installTypeScriptProject('5.0'))('@typescript-eslint/parser') as Linter.Parser;
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eslintWith(parser: Linter.Parser): ESLint {
  // No `settings.privmap.policy`: the sample app's own privacy.yml, found upward, makes its folder the project.
  return new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser } }, plugin.configs.recommended as Linter.Config] });
}

const lines = (results: ESLint.LintResult[]): string[] =>
  results.flatMap((r) => r.messages.map((m) => `${relative(dir, r.filePath).split('\\').join('/')}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'}: ${m.message}`)).sort();

describe('an unchanged file reuses the project scan', () => {
  it('gives the messages the plugin gives the same text as an edited buffer, on TypeScript 5.0 and 6.0', async () => {
    for (const parser of [parser50, rootParser as unknown as Linter.Parser]) {
      const eslint = eslintWith(parser);
      const fromDisk = await eslint.lintFiles(['src/**/*.ts']);
      expect(fromDisk.length).toBeGreaterThan(10);
      // The project state went through the CLI's per-file cache (no node_modules here: .privmap-cache).
      expect(existsSync(join(dir, '.privmap-cache'))).toBe(true);
      const edited: ESLint.LintResult[] = [];
      for (const result of fromDisk) {
        // A trailing comment changes the text (so its hash) and no finding's position.
        const text = `${readFileSync(result.filePath, 'utf8')}\n// edited in the editor\n`;
        edited.push(...(await eslint.lintText(text, { filePath: result.filePath })));
      }
      const want = lines(edited);
      expect(want.filter((line) => line.includes('privmap/')).length).toBeGreaterThanOrEqual(3);
      expect(lines(fromDisk)).toEqual(want);
    }
  }, 300_000);
});
