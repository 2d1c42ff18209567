/**
 * Session 55's shapes, each from a fresh set read after its first run (then moved to training):
 * - a message builder named in the team's language (`lagEpost(type, data)` returning `{ emne, tekst, html }`) makes the
 *   text its members hold (generated-message.ts, text-result-member.ts); a Norwegian workshop's admin mails;
 * - a tenant's subdomain concatenated into a vendor's URL (`'https://' + dc + '.api.mailchimp.com/3.0/…'`) names the
 *   vendor as the template literal does (tenant-host.ts); the same workshop's newsletter sign-up;
 * - a record defaulted to an empty one (`(order.customer || {}).name`) is that record (personal-data.ts); its admin alert;
 * - the app's own retrying client called with a vendor's URL (`emailClient.fetch('https://graph.microsoft.com/…')`) is
 *   `fetch` (own-fetch-client.ts), a mailbox's `address` stays an email, Gmail's API is told from Calendar's by its path
 *   (rules/http-targets.yml) and a message encoded with `btoa` keeps what it holds; a Danish receptionist service;
 * - denomailer imported from deno.land/x (package-specifier.ts, rules/sinks/messaging.yml); a French tradesmen's SaaS;
 * - a map callback's own `const`s are read with what it returns (`bookings.map((b) => { const ospite = b.guest_name;
 *   return \`• ${ospite}\` })`, personal-data.ts); an Italian B&B's push of tomorrow's arrivals;
 * - whatever a mail's recipient is given is a mailbox's address, never a street (`to: recipients.join(', ')` of `addr`s;
 *   roles.ts, link.ts); a Swedish shop's admin mails;
 * - a recipient list cut from a setting (`(Deno.env.get('X') || ADMIN_EMAILS.join(',')).split(',')…`) is the
 *   system's (system-field.ts); the same SaaS's weekly report; a loop's variable is a local of its loop, so a `const`
 *   of the same name in another block keeps its own value (flows.ts `forOf`); a Portuguese rentals site's webhook.
 * The real scan of fixtures/flows/session55; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session55');

describe('a message builder named in the team\'s language', () => {
  const server = flowsAtIn(flows, 'builder-words/server.js');

  it("puts the data it was given into the subject and texts its members hold (`mA.tekst`)", () => {
    expect(server(18)).toEqual([['nodemailer', ['name', 'phone']]]);
  });

  it('keeps a stored template looked up by id unread', () => {
    expect(server(20)).toEqual([]);
  });
});

describe("a tenant's subdomain concatenated into a vendor's URL", () => {
  const newsletter = flowsAtIn(flows, 'tenant-concatenation/newsletter.js');

  it('names the vendor whose domain follows it', () => {
    expect(newsletter(7)).toEqual([['mailchimp', ['email']]]);
  });

  it("names no one where the domain is the app's own", () => {
    expect(newsletter(14)).toEqual([]);
  });
});

describe('a record defaulted to an empty one', () => {
  const payments = flowsAtIn(flows, 'defaulted-record/payments.ts');

  it("is the record: the customer's name in the alert", () => {
    expect(payments(9)).toEqual([['resend', ['name']]]);
  });

  it('carries nothing personal where the member is not', () => {
    expect(payments(10)).toEqual([]);
  });
});

describe("the app's own fetch client called with a vendor's URL", () => {
  const mailbox = flowsAtIn(flows, 'own-fetch-client/mailbox.js');
  const gmail = flowsAtIn(flows, 'own-fetch-client/gmail.js');

  it('is fetch to that vendor, and a mailbox address named `addr` is an email, not a postal address', () => {
    expect(mailbox(7)).toEqual([['microsoft-graph-mail', ['email']]]);
  });

  it('is nothing where a method called fetch is given no URL', () => {
    expect(mailbox(11)).toEqual([]);
  });

  it("tells Gmail's API from Calendar's by its path, and reads a message encoded with btoa", () => {
    expect(gmail(10)).toEqual([['gmail', ['email', 'name']]]);
    expect(gmail(3)).toEqual([]);
  });
});

describe('denomailer imported from deno.land/x', () => {
  it('sends the mail to the recipient it is given', async () => {
    expect(flowsAtIn(flows, 'deno-mail/index.ts')(10)).toEqual([['denomailer', ['email', 'name']]]);
  });
});

describe('a recipient list cut from a setting', () => {
  const report = flowsAtIn(flows, 'system-recipients/weekly-report.ts');

  it("is the system's own: the report to it carries no one's data", () => {
    expect(report(7)).toEqual([]);
  });

  it("is someone's where the list is made from people's records", () => {
    expect(report(10)).toEqual([['resend', ['email']]]);
  });

  it("is a loop's own: a customer's address of the same name in another block is still the customer's", () => {
    const webhook = flowsAtIn(flows, 'system-recipients/order-webhook.ts');
    expect(webhook(12)).toEqual([['resend', ['email']]]);
    expect(webhook(15)).toEqual([]);
  });
});

describe("a map callback's own consts", () => {
  const arrivals = flowsAtIn(flows, 'callback-locals/arrivals.js');

  it('are read with what it returns: the guest named in each line', () => {
    expect(arrivals(11)).toEqual([['web-push', ['name']]]);
  });

  it('carry nothing personal where they hold nothing personal', () => {
    expect(arrivals(16)).toEqual([]);
  });
});

describe("a mail's recipient", () => {
  it("is a mailbox's address whatever its values are called (`addr`), never a street", () => {
    expect(flowsAtIn(flows, 'recipient-list/shop-admins.ts')(11)).toEqual([['resend', ['email']]]);
  });
});
