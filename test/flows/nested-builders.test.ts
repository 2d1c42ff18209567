/**
 * Mail builders grouped in objects nested in a module's object (`MailUtils.members.authentication.sendX(…)`,
 * nested-members.ts and nested-member.ts), one returning the `const` it built (returned-local-object.ts), on
 * fixtures/flows/nested-builders: the real scan. expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('nested-builders');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/controllers/password.js' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a builder reached through nested groups of an object', () => {
  it('reads the mail a nested builder returns from the `const` it built, handed to the sender', () => {
    expect(at(7)).toEqual([['nodemailer', ['email'], ['Send', 'transporter.sendMail', 'nodemailer']]]);
  });

  it('reads the mail a nested builder returns as a literal, with the name in its subject', () => {
    expect(at(9)).toEqual([['nodemailer', ['email', 'name'], ['Send', 'transporter.sendMail', 'nodemailer']]]);
  });

  it('reads nothing where the nested builder puts nothing of the person in the mail', () => {
    expect(at(11)).toEqual([]);
  });
});
