/**
 * A model's static factory (model-factory.ts): `Recipient.create({ email, firstName, lastName })` in a mail's
 * recipients hands over what its keys hold; a model of ids carries nothing. The real scan of
 * fixtures/flows/model-factory; expectations.test.ts checks ESLint reports the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows', 'model-factory');
const engine = createEngine(loadPolicy(join(repoRoot, 'fixtures', 'flows', 'privacy.yml')));
const result = await scanCode(root, { engine });
const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow');
const inFile = (file: string) => flows.filter((f) => f.location.file === file).map((f) => [f.location.line, f.sinkId, f.categories]);

describe("a model's static factory", () => {
  it("reads the keys of `Recipient.create({ ... })` through the wrapper's loop over the recipients", () => {
    expect(inFile('src/signup.ts')).toEqual([[12, 'nodemailer', ['email', 'name']]]);
  });

  it('reports the sink where the loop element\'s address is sent', () => {
    expect(inFile('src/mailer.ts')).toEqual([[21, 'nodemailer', ['email']]]);
  });

  it("reads a schema's parse of the options as the options, and never a local computed by a look-up", () => {
    expect(inFile('src/queue.ts')).toEqual([
      [11, 'nodemailer', ['email']],
      [18, 'nodemailer', ['email']],
      [23, 'nodemailer', ['email']],
    ]);
  });
});
