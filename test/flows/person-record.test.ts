/**
 * A person's record (person-record.ts): beside a person's email or phone in one object, a bare `name` is the
 * person's name; a team's name stays a team's. The real scan of fixtures/flows/person-record;
 * expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows', 'person-record');
const engine = createEngine(loadPolicy(join(repoRoot, 'fixtures', 'flows', 'privacy.yml')));
const result = await scanCode(root, { engine });
const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/contact.controller.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("a person's record", () => {
  it("reads `name` beside the sender's email and phone as their name", () => {
    expect(at(14)).toEqual([['resend', ['email', 'name', 'phone'], ['dto.email', 'dto.name', 'dto.phone']]]);
  });

  it("leaves a team's name a team's, and `name` without an address or phone unread", () => {
    expect(at(20)).toEqual([['resend', ['email'], ['owner.email']]]);
    expect(at(25)).toEqual([]);
  });
});
