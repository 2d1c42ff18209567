/**
 * A mail's text made by another module and handed to the app's own wrapper by member (session 29, from training sets'
 * misses): `const template = welcomeEmail(user.name); sendEmail({ to, html: template.html })` (a template file without
 * `<html>`, a builder taking `{ name, email }` apart), a CommonJS module's template function
 * (`emailService.renewalReminder({ customer })` reading `customer.name`), a builder's keys filled from a relation's
 * member (`clientName: booking.user?.name`) handed whole to a wrapper that renders it, and a class's own formatter kept
 * in an upper-case local (`const E164 = this.toE164(item.contact.telefono)`); later the same session, texts destructured
 * from an imported template's result (`const { subject, html } = rehearsalInvite({ firstName })`) and a notification
 * service filling its template from `Object.entries(data)`, and a file's object of template functions
 * (`messageTemplates.orderReady(order)`). The real scan of fixtures/flows/wrapper-text-member.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('wrapper-text-member');
const accounts = flowsAtIn(flows, 'src/lib/accounts.ts');

describe("another module's mail text handed to the app's own wrapper", () => {
  it("reads a template's member by what the template writes of its argument", () => {
    expect(accounts(11)).toEqual([['resend', ['email', 'name']]]);
  });

  it("reads a builder's member by the keys it takes apart, though the recipient is the shop", () => {
    expect(accounts(17)).toEqual([['resend', ['email', 'name']]]);
  });

  it('holds nothing where the template writes only a link and the recipient is the shop', () => {
    expect(accounts(22)).toEqual([]);
  });

  it("reads a CommonJS module's template function by the record member it writes", () => {
    expect(flowsAtIn(flows, 'src/legacy/renewals.js')(9)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("reads a builder's keys filled from a relation's members, handed whole to the wrapper", () => {
    expect(flowsAtIn(flows, 'src/lib/booking-mails.ts')(8)).toEqual([['resend', ['email', 'name', 'phone']]]);
  });

  it('reads the texts taken apart from what an imported template function returned', () => {
    expect(flowsAtIn(flows, 'src/lib/rehearsals.ts')(8)).toEqual([['resend', ['email', 'name']]]);
  });

  it("fills a template's placeholders from each entry of the data the service is given", () => {
    expect(flowsAtIn(flows, 'src/lib/checkout.ts')(5)).toEqual([['resend', ['email', 'name']]]);
  });

  it("reads the text an object of the file's template functions makes, chosen in a switch", () => {
    expect(flowsAtIn(flows, 'src/legacy/order-notices.js')(28)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it("reads a class's own formatter kept in an upper-case local as the number it formats", () => {
    expect(flowsAtIn(flows, 'src/lib/debt-reminders.ts')(11)).toEqual([['twilio', ['phone']]]);
  });
});
