/** SARIF 2.1.0 output is valid against the official schema and carries stable fingerprints. */
import type AjvDraft04 from 'ajv-draft-04';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, runCli, sampleApp } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS; require keeps its class constructable under NodeNext.
const Ajv = require('ajv-draft-04') as typeof AjvDraft04.default;
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The official schema uses regexes that are not valid in unicode mode, and formats we need not check.
const validate = new Ajv({ strict: false, unicodeRegExp: false, logger: false, validateFormats: false }).compile(schema);

function fingerprints(log: Sarif.Log): string[] {
  return (log.runs[0]?.results ?? []).map((r) => r.partialFingerprints?.['privmapElement/v1'] ?? '').filter(Boolean).sort();
}

describe('check --format sarif', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('is valid SARIF 2.1.0 with rules, levels and fingerprints', () => {
    const result = runCli(['check', sampleApp, '--format', 'sarif']);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('privmap');
    const ruleIds = new Set(run.tool.driver.rules?.map((r) => r.id));
    for (const r of run.results ?? []) expect(ruleIds.has(r.ruleId!)).toBe(true);
    expect(fingerprints(log).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps fingerprints when lines move, so code-scanning alerts and baselines survive edits', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const before = fingerprints(JSON.parse(runCli(['check', copy.dir, '--format', 'sarif']).stdout));
    const file = join(copy.dir, 'src/referrals/referral.ts');
    writeFileSync(file, `// moved down by a new header\n\n\n${readFileSync(file, 'utf8')}`);
    const after = JSON.parse(runCli(['check', copy.dir, '--format', 'sarif']).stdout) as Sarif.Log;
    expect(fingerprints(after)).toEqual(before);
    const moved = after.runs[0]!.results!.find((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'src/referrals/referral.ts');
    expect(moved?.locations?.[0]?.physicalLocation?.region?.startLine).toBeGreaterThan(4);
  });

  it('writes to --output and still prints a short summary on stderr', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const out = join(copy.dir, 'out', 'privmap.sarif');
    const result = runCli(['check', copy.dir, '--format', 'sarif', '--output', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('privmap check failed');
    expect(validate(JSON.parse(readFileSync(out, 'utf8')))).toBe(true);
  });
});
