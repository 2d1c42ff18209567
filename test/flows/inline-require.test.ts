/**
 * A project module required and called in place (inline-require.ts), and a required module's value called by the name
 * it was kept under (link.ts, commonjs-exports.ts): `require('./mail/deliver.js')(receiver, data)` in a mailer object's
 * member and `deliver(email, …)` reach the helper's nodemailer send. The real scan of fixtures/flows/inline-require;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('inline-require')).filter((f) => f.sinkKind !== 'logs');
const at = (line: number) => flows.filter((f) => f.location.file === 'routes/members.js' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a module required and called in place', () => {
  it('follows the member to the module it requires in place, and on to the vendor', () => {
    expect(at(9)).toEqual([['nodemailer', ['email', 'name'], ['mailer.sendMail', "require('./mail/deliver.js')", 'transporter.sendMail', 'nodemailer']]]);
  });

  it("follows a required module's value called by its local name", () => {
    expect(at(12)).toEqual([['nodemailer', ['email', 'name'], ['deliver', 'transporter.sendMail', 'nodemailer']]]);
  });

  it('reports nothing for a module required in place that sends nothing', () => {
    expect(at(14)).toEqual([]);
  });
});
