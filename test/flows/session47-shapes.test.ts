/**
 * Session 47's shapes, each from a fresh flow set's first run or a moved set's misses:
 * - a record handed to a wrapper beside the address it writes to (`sendReminder(user.email, booking)`, where the helper
 *   greets `booking.customerName`): the record's members the wrapper writes leave at the caller with the address
 *   (record-beside-address.ts); a Kenyan IT firm's quotations, a US salon's reminders;
 * - a package loaded late in a lazy getter (`const { default: twilio } = await import('twilio')`) binds its name in the
 *   file, and another function's own local of that name (`const twilio = await getTwilio()`) is read from its value
 *   (flows.ts `lateImports`), whatever that value is; the same salon's SMS.
 * - a document written to the collection Firebase's Trigger Email extension watches (`setDoc(doc(db, 'mail', id), { to,
 *   message })`, the admin SDK's `collection('mail').add(…)`) is a mail the extension sends (trigger-email.ts); a
 *   Viennese concert venue's ticket mails.
 * - Odoo's SDKs (odoo-await, odoo-xmlrpc) in the catalogue: a partner created with a customer's contact details is a
 *   flow to the ERP; the dog-travel marketplace's Odoo sync (its own JSON-RPC client is left: README).
 * The real scan of fixtures/flows/session47; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session47');

describe('a record handed to a wrapper beside the address', () => {
  const controller = flowsAtIn(flows, 'quotation/controller.ts');

  it("leaves with the address: the member the wrapper writes into the message is the addressee's", () => {
    expect(controller(5)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('adds only what the wrapper reads by a named member: an order number and status are nobody', () => {
    expect(controller(14)).toEqual([['nodemailer', ['email']]]);
  });

  it('handed alone, is read where the wrapper takes it apart, as before', () => {
    expect(controller(9)).toEqual([]);
    expect(flowsAtIn(flows, 'quotation/mail.ts')(13)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('a package loaded late in a getter', () => {
  const notifications = flowsAtIn(flows, 'lazy-twilio/notifications.js');

  it("is the client a caller's local of the package's name holds", () => {
    expect(notifications(16)).toEqual([['twilio', ['phone']]]);
  });

  it("does not make another local of the package's name the package's", () => {
    expect(notifications(24)).toEqual([]);
  });
});

describe("a document for Firebase's Trigger Email extension", () => {
  const service = flowsAtIn(flows, 'trigger-email/mail-service.ts');

  it('is a mail to its `to`, with what its message writes', () => {
    expect(service(11)).toEqual([['firebase-trigger-email', ['email', 'name']]]);
    expect(service(19)).toEqual([['firebase-trigger-email', ['email', 'phone']]]);
    expect(flowsAtIn(flows, 'trigger-email/admin.js')(6)).toEqual([['firebase-trigger-email', ['email', 'name']]]);
  });

  it('is only a document shaped as the extension reads one, in its collection', () => {
    expect(service(24)).toEqual([]);
    expect(service(29)).toEqual([]);
  });
});

describe("Odoo's SDK", () => {
  const partner = flowsAtIn(flows, 'odoo/partner.ts');

  it("is the ERP a customer's partner record goes to", () => {
    expect(partner(9)).toEqual([['odoo', ['email', 'name', 'phone']]]);
  });

  it("carries nothing where an order's state is written", () => {
    expect(partner(14)).toEqual([]);
  });

  it("is the ERP a self-hosted instance's setting names, called over JSON-RPC", () => {
    expect(partner(20)).toEqual([['odoo', ['email']]]);
  });
});
