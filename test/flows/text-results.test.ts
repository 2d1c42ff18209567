/**
 * Text a call made, read a part at a time (issue 12, session 12): a member of what a message-making or reshaping call
 * returned (`result.htmlBody` of `invoiceEmailTemplate(data)`, `phone.normalized` of `this.normalizePhoneNumber(p)`:
 * text-result-member.ts) and a part taken by index from a call's result (`customer.name.split(' ')[0]`:
 * indexed-part.ts). The real scan of fixtures/flows/text-results; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('text-results');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `src/${file}` && f.location.line === line && f.sinkKind !== 'logs').map((f) => [f.sinkId, f.categories]);

describe('text a call made, read a part at a time', () => {
  it('reads a member of a mail template result as the text it was filled with, and not a stored template looked up', () => {
    expect(at('invoice-mail.ts', 22)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at('invoice-mail.ts', 30)).toEqual([['nodemailer', ['email']]]);
  });

  it('follows a wrapper parameter through a reshaper result member to the vendor', () => {
    expect(at('reminders.ts', 5)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it('reads the first word split off a name as the name, and a part of an id as nothing', () => {
    expect(at('reminders.ts', 10)).toEqual([['twilio', ['phone']]]);
  });

  it("reads the domain split off an address as nothing, and the part before the '@' as the address", () => {
    expect(at('reminders.ts', 15)).toEqual([['twilio', ['phone']]]);
    expect(at('reminders.ts', 20)).toEqual([['twilio', ['email', 'phone']]]);
  });
});
