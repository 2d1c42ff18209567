/** Adopting privmap on an existing codebase: baseline first, then only new findings fail. */
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, runCli, sampleApp } from '../helpers/cli.js';

describe('check --baseline', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('accepts known findings, fails on new ones and reports resolved entries', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const baselineFile = join(copy.dir, 'privmap-baseline.json');

    const update = runCli(['check', copy.dir, '--update-baseline']);
    expect(update.status).toBe(0);
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
    expect(baseline.privmapBaseline).toBe(1);
    expect(baseline.entries).toHaveLength(3);
    const ids = baseline.entries.map((e: { id: string }) => e.id);
    expect(ids).toEqual([...ids].sort());

    const clean = runCli(['check', copy.dir, '--baseline', baselineFile]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('3 undeclared element(s) accepted by the baseline');
    // A pass that leans on the baseline does not claim that nothing is undeclared.
    expect(clean.stdout).toMatch(/privmap check passed: \d+ element\(s\), none newly undeclared \(3 accepted by the baseline\)\./);

    appendFileSync(join(copy.dir, 'src/referrals/referral.ts'), '\nexport interface GiftCard {\n  code: string;\n  recipientEmail: string;\n}\n');
    const fresh = runCli(['check', copy.dir, '--baseline', baselineFile]);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('GiftCard.recipientEmail');
    expect(fresh.stdout).not.toContain('Referral.friendEmail');

    rmSync(join(copy.dir, 'src/marketing/telemarketing.ts'));
    const resolved = runCli(['check', copy.dir, '--baseline', baselineFile]);
    expect(resolved.stdout).toMatch(/resolved since the baseline: phone TelemarketingLead\.phone/);
  });

  it('treats a baseline file that does not exist yet as empty, with a warning, and still writes SARIF', () => {
    const copy = copyFixture(sampleApp);
    const result = runCli(['check', copy.dir, '--baseline', join(copy.dir, 'no-such-baseline.json'), '-f', 'sarif', '-o', join(copy.dir, 'privmap.sarif')]);
    try {
      expect(result.status).toBe(1); // the sample app's deliberate undeclared cases, not a usage error
      expect(result.stderr).toMatch(/warning: baseline .*no-such-baseline\.json does not exist yet; checking without one/);
      expect(result.stderr).toMatch(/wrote SARIF to .*privmap\.sarif/);
      expect(JSON.parse(readFileSync(join(copy.dir, 'privmap.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    } finally {
      copy.cleanup();
    }
  });
});
