/**
 * A local declared without a value and given one in branches (unset-locals.ts): `let html: string; if (…) html =
 * \`…${patient.fullName}…\` else html = …` holds every value it is given, so the mail sent with it hands over the
 * name; given only fixed texts, it hands over nothing. The real scan of fixtures/flows/unset-locals;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('unset-locals');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/reminders.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a local given its value after its declaration', () => {
  it('carries what each branch gave it', () => {
    expect(at(11)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('carries nothing when it was only given fixed texts', () => {
    expect(at(20)).toEqual([['nodemailer', ['email']]]);
  });
});
