/**
 * A base class calling the abstract method its transports write (`this.sendRawEmail(…)`, abstract-method.ts), reached
 * from a value typed by the interface the base implements, on fixtures/flows/abstract-sender: the real scan.
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('abstract-sender');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/routes/notify.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('an abstract method called on `this`', () => {
  it("reaches the subclass's delivery through the base class's template method", () => {
    expect(at(5)).toEqual([['nodemailer', ['email'], ['ctx.email.sendEmail', 'BaseEmailService.sendEmail', 'this.sendRawEmail', 'SmtpEmailService.sendRawEmail', 'this.#transport.sendMail', 'nodemailer']]]);
  });

  it("reads nothing where the subclass's method sends nothing", () => {
    expect(at(7)).toEqual([]);
  });
});
