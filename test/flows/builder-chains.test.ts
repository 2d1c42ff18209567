/**
 * Message builders (builder-chains.ts, model-views.ts): `new Mail().setTo(options.to).setData({ fullName })` gives
 * the model its keys, and a transport sending a getter's view of it (`sendMail(mail.mailOptions)`) sends them, the
 * recipients by the transport's `to` role. A mail built from the system's values only is no flow. The real scan of
 * fixtures/flows/builder-chains; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { setterKey } from '../../src/scan/code/builder-chains.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('builder-chains');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/invoices.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a message built by setters', () => {
  it('sends the keys its setters gave, through a view the transport reads', () => {
    expect(at(11)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("carries nothing where only the system's values were set", () => {
    expect(at(18)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/MailTransporter.ts')).toEqual([]);
  });

  it('names the key a setter gives', () => {
    expect([setterKey('setTo'), setterKey('setCC'), setterKey('setReplyTo'), setterKey('setup'), setterKey('set')]).toEqual(['to', 'cc', 'replyTo', undefined, undefined]);
  });
});
