/**
 * Issue 3's acceptance test: `privmap check` on the sample app exits 1 listing exactly the deliberate
 * undeclared cases, and exits 0 once they are declared. Runs the built CLI as a child process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, runCli, sampleApp } from '../helpers/cli.js';

function failing(sarifText: string): string[] {
  const log = JSON.parse(sarifText) as Sarif.Log;
  return (log.runs[0]?.results ?? [])
    .filter((r) => r.level === 'error' && !r.suppressions?.length)
    .map((r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri} ${(r.properties as { category: string }).category}`)
    .sort();
}

const DELIBERATE = ['src/marketing/telemarketing.ts phone', 'src/referrals/referral.ts email', 'src/referrals/referral.ts name'];

describe('privmap check on the sample app', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('exits 1 and lists exactly the deliberate undeclared cases', () => {
    const text = runCli(['check', sampleApp]);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('src/marketing/telemarketing.ts');
    expect(text.stdout).toContain('src/referrals/referral.ts');
    expect(text.stdout).toMatch(/privmap check failed: 3 undeclared/);
    expect(text.stdout).not.toMatch(/\u001b\[/); // NO_COLOR is respected

    const sarif = runCli(['check', sampleApp, '--format', 'sarif']);
    expect(sarif.status).toBe(1);
    expect(failing(sarif.stdout)).toEqual(DELIBERATE);
  });

  it('exits 0 after the deliberate cases are declared in the policy', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const policyFile = join(copy.dir, 'privacy.yml');
    const policy = readFileSync(policyFile, 'utf8')
      .replace('categories: [name, address, email]\n    subjects: [customers, prospects]', 'categories: [name, address, phone, email]\n    subjects: [customers, prospects]')
      .replace('processing:\n', "processing:\n  - purposes: [customer-relationship]\n    symbols: ['Referral.*']\n");
    writeFileSync(policyFile, policy);

    const result = runCli(['check', copy.dir]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/privmap check passed/);
    expect(result.status).toBe(0);
  });
});
