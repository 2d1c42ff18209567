/**
 * A record handed whole to a wrapper's payload parameter (whole-record.ts): the keys the wrapper reads of it
 * (`data.email` as a recipient) are the caller's record's, reported where the record enters. The real scan of
 * fixtures/flows/whole-record; expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows', 'whole-record');
const engine = createEngine(loadPolicy(join(repoRoot, 'fixtures', 'flows', 'privacy.yml')));
const result = await scanCode(root, { engine });
const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/signup.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a record handed whole to a payload parameter', () => {
  it('supplies the key the wrapper sends', () => {
    expect(at(11)).toEqual([['resend', ['email'], ['existing.email']]]);
  });

  it('leaves a parameter named for the person to the helper, and a constant to no one', () => {
    expect(at(13)).toEqual([]);
    expect(at(15)).toEqual([]);
  });
});
