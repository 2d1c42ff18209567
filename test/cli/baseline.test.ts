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

    appendFileSync(join(copy.dir, 'src/referrals/referral.ts'), '\nexport interface GiftCard {\n  code: string;\n  recipientEmail: string;\n}\n');
    const fresh = runCli(['check', copy.dir, '--baseline', baselineFile]);
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('GiftCard.recipientEmail');
    expect(fresh.stdout).not.toContain('Referral.friendEmail');

    rmSync(join(copy.dir, 'src/marketing/telemarketing.ts'));
    const resolved = runCli(['check', copy.dir, '--baseline', baselineFile]);
    expect(resolved.stdout).toMatch(/resolved since the baseline: phone TelemarketingLead\.phone/);
  });

  it('fails with exit 2 and a clear message when the baseline file is missing', () => {
    const result = runCli(['check', sampleApp, '--baseline', join(sampleApp, 'no-such-baseline.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read baseline .*no-such-baseline\.json/);
  });
});
