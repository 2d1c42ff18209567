/** Issue 16: `--format gitlab` writes the Code Quality report GitLab's merge-request widget reads. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeQualityIssue } from '../../src/output/gitlab.js';
import { copyFixture, repoRoot, runCli, sampleApp } from '../helpers/cli.js';
import { validateCodeQuality } from './gitlab-code-quality.js';

function report(args: string[]): { status: number | null; issues: CodeQualityIssue[] } {
  const result = runCli([...args, '--format', 'gitlab']);
  expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  return { status: result.status, issues: JSON.parse(result.stdout) as CodeQualityIssue[] };
}

function undeclaredIds(dir: string): string[] {
  const json = JSON.parse(runCli(['scan', dir, '--format', 'json']).stdout) as { elements: { id: string; status: string }[] };
  return json.elements.filter((e) => e.status === 'undeclared').map((e) => e.id).sort();
}

describe('--format gitlab', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it.each([
    ['check', 'the sample app', sampleApp],
    ['scan', 'the sample app', sampleApp],
    ['check', 'flows to logs and third parties', join(repoRoot, 'fixtures/flows')],
    ['check', 'a policy with lint findings', join(repoRoot, 'fixtures/report/smarti')],
  ])('%s on %s carries every field GitLab requires', (command, _name, dir) => {
    const { issues } = report([command, dir]);
    expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors?.slice(0, 3))).toBe(true);
    expect(issues.length).toBeGreaterThan(0);
    // GitLab shows only the first issue of a fingerprint: each must be unique.
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // Paths are relative to the repository, where GitLab opens them.
    for (const issue of issues) expect(existsSync(join(repoRoot, issue.location.path)), issue.location.path).toBe(true);
  });

  it('uses the element ids as fingerprints, names the purpose to declare, and keeps check exit codes', () => {
    const { status, issues } = report(['check', sampleApp]);
    expect(status).toBe(1);
    const elementIssues = issues.filter((i) => !i.check_name.startsWith('policy/'));
    expect(elementIssues.map((i) => i.fingerprint).sort()).toEqual(undeclaredIds(sampleApp));
    const referral = issues.find((i) => i.description.startsWith('email in Referral.friendEmail'))!;
    expect(referral).toMatchObject({
      check_name: 'no-undeclared-personal-data',
      severity: 'major',
      location: { path: 'fixtures/sample-app/src/referrals/referral.ts' },
    });
    expect(referral.description).toContain('add `@purpose service-provision`');
    const line = readFileSync(join(sampleApp, 'src/referrals/referral.ts'), 'utf8').split('\n')[referral.location.lines.begin - 1];
    expect(line).toContain('friendEmail');
    // The organisation's own contact data is shown but ranked lowest.
    expect(issues.find((i) => i.description.startsWith('phone in Warehouse.phone'))?.severity).toBe('info');
  });

  it('leaves out what the baseline accepts, as check does not fail on it (paths relative to the project outside git)', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const baseline = join(copy.dir, 'privmap-baseline.json');
    expect(runCli(['check', copy.dir, '--update-baseline']).status).toBe(0);
    const { status, issues } = report(['check', copy.dir, '--baseline', baseline]);
    expect(status).toBe(0);
    // Only the organisation's own contact data is left, as information: it never fails check.
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(report(['check', copy.dir]).issues.filter((i) => i.severity === 'major').length).toBe(3);
  });

  it('keeps fingerprints when lines move', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const before = report(['check', copy.dir]).issues.map((i) => i.fingerprint);
    const file = join(copy.dir, 'src/referrals/referral.ts');
    writeFileSync(file, `// moved\n\n${readFileSync(file, 'utf8')}`);
    expect(report(['check', copy.dir]).issues.map((i) => i.fingerprint)).toEqual(before);
  });
});
