/**
 * Rest elements of an object pattern (rest-elements.ts): `const { tags, ...emailParameters } = email` and
 * `({ priority, ...message })` keep the caller's message, so spreading the rest into nodemailer's call hands on
 * the caller's recipient. The real scan of fixtures/flows/rest-elements; expectations.test.ts checks ESLint too.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('rest-elements');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/results.ts' && f.location.line === line).map((f) => [f.sinkId, f.via, f.categories]);

describe('the rest of a destructured parameter', () => {
  it('hands the caller\'s recipient on when spread into the message (a local pattern)', () => {
    expect(at(5)).toEqual([['nodemailer', ['sendEmailSmtp', 'transporter.sendMail', 'nodemailer'], ['email']]]);
  });

  it('hands the caller\'s recipient on when spread into the message (a pattern in the parameter list)', () => {
    expect(at(11)).toEqual([['nodemailer', ['sendAlert', 'transporter.sendMail', 'nodemailer'], ['email']]]);
  });

  it('is not a flow where only a key of the rest that is no one\'s data is sent', () => {
    expect(at(15)).toEqual([]);
    // The helpers only hand their parameter on: the flow is reported where the address enters, not in them.
    expect(flows.filter((f) => f.location.file === 'src/smtp.ts')).toEqual([]);
  });
});
