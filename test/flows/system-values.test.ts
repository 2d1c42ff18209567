/**
 * Session 18's precision guards, from the wrong flows of training sets and a sample of flows outside their labelled
 * files: the real scan over fixtures/flows/<folder>; expectations.test.ts checks ESLint reports the same.
 * - the system's own address kept in a local as a fallback or a choice between settings, or in a class field given
 *   only such values, is no one's (src/flows/system-field.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const fields = await scanFlowFixture('system-field');
const at = (flows: typeof fields, file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe("the system's address in a field or a local", () => {
  it('is no one\'s when every value it is given is the environment or a literal', () => {
    expect(at(fields, 'src/booking-mailer.js', 17)).toEqual([]);
    expect(at(fields, 'src/booking-mailer.js', 31)).toEqual([]);
    expect(at(fields, 'src/booking-mailer.js', 32)).toEqual([]);
  });

  it("leaves a field given a parameter and a person's address with a literal fallback as they were", () => {
    expect(at(fields, 'src/booking-mailer.js', 23)).toEqual([['nodemailer', 'transport.sendMail', ['email']]]);
    expect(at(fields, 'src/booking-mailer.js', 35)).toEqual([['nodemailer', 'transport.sendMail', ['email']]]);
    expect(at(fields, 'src/booking-mailer.js', 37)).toEqual([['console', 'console.log', ['email']]]);
  });
});
