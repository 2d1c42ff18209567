/**
 * An implementation picked from a registry (picked-implementation.ts), modules whose value is an anonymous factory
 * (module-function.ts), a local holding a linked value's method result (method-result-alias.ts) and a person's record
 * handed to the mail picked (record-member.ts), on fixtures/flows/picked-implementation: the real scan, the flow
 * reported where the record enters, through each listed mail or channel. expectations.test.ts checks ESLint agrees.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('picked-implementation');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('an implementation picked from a list or record by a key', () => {
  it('follows a mail picked by its template name to every listed CommonJS factory module', () => {
    expect(at('src/users.js', 9)).toEqual([
      ['nodemailer', ['email'], ['createEmails.getEmailMessageByTemplateName.send', 'default/send', 'createMailer.createMailer.sendEmail', 'transporter.sendMail', 'nodemailer']],
    ]);
  });

  it("reads nothing from a record that names no person (a team's)", () => {
    expect(flows.filter((f) => f.location.file === 'src/users.js' && f.location.line !== 9)).toEqual([]);
  });

  it('follows a channel picked from a record by key to the one that reaches a vendor', () => {
    expect(at('src/alerts.ts', 7)).toEqual([['twilio', ['phone'], ['makeChannels.channelFor.notify', 'client.messages.create', 'twilio']]]);
    expect(at('src/alerts.ts', 9)).toEqual([]);
  });
});
