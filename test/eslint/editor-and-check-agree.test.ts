/**
 * Issue 5's acceptance test: a developer adds a pino log line with a customer's email to the sample app. The
 * editor (real ESLint 9 with the BUILT plugin's recommended config) and `privmap check` (the built CLI as a
 * child process) both flag the same line; declaring `logs` as a recipient for a purpose that allows email
 * makes both pass.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot, runCli, sampleApp } from '../helpers/cli.js';

const NEW_FILE = 'src/customers/signup-log.ts';
const NEW_CODE = `import pino from 'pino';

const logger = pino();

export function logSignup(customer: { id: string; email: string }) {
  logger.info({ email: customer.email });
}
`;
const LOG_LINE = 6;

/** The sample app's own deliberate cases, declared, so that only the new log line decides the outcome. */
function declareDeliberateCases(policy: string): string {
  return policy
    .replace('categories: [name, address, email]\n    subjects: [customers, prospects]', 'categories: [name, address, phone, email]\n    subjects: [customers, prospects]')
    .replace('processing:\n', "processing:\n  - purposes: [customer-relationship]\n    symbols: ['Referral.*']\n");
}

const LOGS_RECIPIENT = `  logs:
    title: Application logs (internal)
    kind: internal
    purposes: [system-monitoring]
    categories: [email]
`;

async function lint(dir: string): Promise<string[]> {
  const plugin = ((await import(pathToFileURL(join(repoRoot, 'dist', 'eslint', 'index.js')).href)) as { default: { configs: { recommended: ESLint.Options['overrideConfig'] } } }).default;
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as object],
  });
  const [result] = await eslint.lintFiles([NEW_FILE]);
  return result!.messages.map((m) => `${m.line} ${m.ruleId ?? `fatal: ${m.message}`}`);
}

function failingInCheck(dir: string): { status: number | null; failing: string[] } {
  const run = runCli(['check', dir, '--format', 'sarif']);
  const log = JSON.parse(run.stdout) as Sarif.Log;
  const failing = (log.runs[0]?.results ?? [])
    .filter((r) => r.level === 'error' && !r.suppressions?.length)
    .map((r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine} ${r.ruleId}`);
  return { status: run.status, failing };
}

describe('a pino log line with an email, in the editor and in CI', () => {
  let copy: { dir: string; cleanup(): void };
  let policyFile: string;

  beforeAll(() => {
    copy = copyFixture(sampleApp);
    policyFile = join(copy.dir, 'privacy.yml');
    writeFileSync(policyFile, declareDeliberateCases(readFileSync(policyFile, 'utf8')));
    writeFileSync(join(copy.dir, NEW_FILE), NEW_CODE);
  });
  afterAll(() => copy.cleanup());

  it('is a lint error and fails privmap check on the same line', async () => {
    expect(await lint(copy.dir)).toEqual([`${LOG_LINE} privmap/no-personal-data-in-logs`]);
    const check = failingInCheck(copy.dir);
    expect(check.status).toBe(1);
    expect(check.failing).toHaveLength(1);
    expect(check.failing[0]).toMatch(new RegExp(`^${NEW_FILE}:${LOG_LINE} `));
  });

  it('passes both once logs are a recipient for a purpose that allows email', async () => {
    writeFileSync(policyFile, readFileSync(policyFile, 'utf8').replace('recipients:\n', `recipients:\n${LOGS_RECIPIENT}`));
    expect(await lint(copy.dir)).toEqual([]);
    expect(failingInCheck(copy.dir)).toEqual({ status: 0, failing: [] });
  });
});
