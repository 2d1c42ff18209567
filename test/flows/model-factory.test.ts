/**
 * A model's static factory (model-factory.ts): `Recipient.create({ email, firstName, lastName })` in a mail's
 * recipients hands over what its keys hold; a model of ids carries nothing. The real scan of
 * fixtures/flows/model-factory; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('model-factory');
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
