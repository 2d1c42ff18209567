/**
 * `settings.privmap.policy` naming a file that does not exist: the editor (real ESLint 9, the BUILT plugin's
 * recommended config) says what `privmap check --policy` (the built CLI as a child process) says, in the
 * words of the one policy loader: the path, then "the policy file does not exist".
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, sampleApp } from '../helpers/cli.js';

const missing = join(sampleApp, 'no-such-policy.yml');

async function lintWithPolicy(policy: string): Promise<string[]> {
  const plugin = ((await import(pathToFileURL(join(repoRoot, 'dist', 'eslint', 'index.js')).href)) as { default: { configs: { recommended: ESLint.Options['overrideConfig'] } } }).default;
  const eslint = new ESLint({
    cwd: sampleApp,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, settings: { privmap: { policy } } }, plugin.configs.recommended as object],
  });
  const [result] = await eslint.lintText('export const answer = 42;\n', { filePath: join(sampleApp, 'src', 'answer.ts') });
  return [...new Set(result!.messages.map((m) => m.message))];
}

describe('a policy setting that names a missing file', () => {
  it('gives the CLI message, naming the path', async () => {
    const cli = runCli(['check', sampleApp, '--policy', missing]);
    expect(cli.status).toBe(2);
    const line = cli.stderr.trim().split('\n').find((l) => l.includes(missing));
    expect(line).toBeDefined();
    // The CLI labels it `error`; the text around that label is the loader's.
    const [where, what] = line!.split(/\s+error\s+/);
    expect(where).toBe(`${missing}:1:1:`);
    expect(what).toBe('the policy file does not exist');

    const messages = await lintWithPolicy(missing);
    expect(messages).toEqual([`privmap cannot use the privacy policy: ${where} ${what}`]);
  });
});
