/**
 * Session 34's shapes, each from a fresh set's first run moved to training: a setting that is the host after the
 * scheme (`https://${process.env.FAKTUROWNIA_ACCOUNT}/invoices.json`, http-base.ts), a person's record named
 * `<person>Info` serialised whole (whole-person-record.ts), a message addressed by its recipient key whatever the value
 * is called (`to: username`, name-beside-recipient.ts), and a mail builder handing back its text locals
 * (`return { subject, text }`) destructured by the caller (text-function-members.ts, personal-data.ts), and a template
 * module taking its fields apart in its parameter (`module.exports = function ({ nombreCompleto, email })`), whose
 * callers' values under the keys it writes out are in its text (`mensaje: \`Email: ${email}\``, textKeys); a CommonJS
 * package's class taken from its default import (`const { Client } = pkg`), and a registry of instances (`activeBots =
 * new Map()` filled with `new BookingBot(…)`, instance-registry.ts), and a form's state `{ name, email }` (personal-data.ts
 * `shorthandValue`), and a callback's parameter named like another function's local (`viejos.map((n) => n.id)` beside
 * `const n = notifs[i]`, flows.ts `elementKey`), and a wrapper's parameter written under a key of a request's JSON body
 * taking the vendor's role for that key (`body: JSON.stringify({ to })` to WhatsApp, `bodyParams`). The real scan
 * of fixtures/flows/session34; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session34');
const invoices = flowsAtIn(flows, 'src/invoices.ts');
const booking = flowsAtIn(flows, 'src/training-booking.ts');
const accounts = flowsAtIn(flows, 'src/accounts.js');
const reminders = flowsAtIn(flows, 'src/reminders.js');
const contact = flowsAtIn(flows, 'src/contact.js');
const bot = flowsAtIn(flows, 'src/bots/booking-bot.js');
const owner = flowsAtIn(flows, 'src/bots/notify-owner.js');
const form = flowsAtIn(flows, 'src/contact-form.tsx');
const pilates = flowsAtIn(flows, 'src/pilates-page.ts');
const inbound = flowsAtIn(flows, 'src/inbound.js');

describe('a setting that is the host after the scheme', () => {
  it("names the invoicing service the buyer's details go to", () => {
    expect(invoices(16)).toEqual([['fakturownia', ['address', 'email', 'name']]]);
  });

  it("keeps the app's own API host its own", () => {
    expect(invoices(21)).toEqual([]);
  });
});

describe("a person's record named <person>Info, serialised whole", () => {
  it("carries the participant's name and address", () => {
    expect(booking(14)).toEqual([['stripe', ['email', 'name']]]);
  });

  it("leaves an order's record unread", () => {
    expect(booking(16)).toEqual([]);
  });
});

describe("a message addressed by its recipient key", () => {
  it('names the person the form names, in a text joined from lines', () => {
    expect(accounts(8)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("is no one's when the recipient is the system's own mailbox", () => {
    expect(accounts(10)).toEqual([]);
  });
});

describe('a mail builder handing back its text locals', () => {
  it("holds the registered person's name where the caller destructures the text", () => {
    expect(reminders(13)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('a template taking its fields apart in its parameter', () => {
  it("fills the mail with the visitor's name, address and phone, sent to the business's own mailbox", () => {
    expect(contact(9)).toEqual([['nodemailer', ['email', 'name', 'phone']]]);
  });

  it('holds what a caller writes under a key the template writes out, whatever the key is called', () => {
    expect(contact(16)).toEqual([['nodemailer', ['email', 'phone']]]);
    expect(contact(18)).toEqual([]);
  });
});

describe("a CommonJS package's class taken from its default import", () => {
  it('is the package\'s client, as a named import is', () => {
    expect(bot(14)).toEqual([['whatsapp-web', ['phone']]]);
  });
});

describe('a registry of instances', () => {
  it("hands out the class it is filled with: the bot's message to the owner names the customer", () => {
    expect(owner(6)).toEqual([['whatsapp-web', ['name', 'phone']]]);
  });

  it('hands out nothing known when filled with values read from elsewhere', () => {
    expect(owner(8)).toEqual([]);
  });
});

describe("a bare name beside an address, written as a shorthand property", () => {
  it("is the person's name where the local is a form's state", () => {
    expect(form(10)).toEqual([['openpanel', ['email', 'name']]]);
  });

  it("is a product's name where the local was made from the product", () => {
    expect(form(24)).toEqual([['openpanel', ['email']]]);
  });
});

describe("a callback's parameter named like another function's local", () => {
  it("leaves that local an element of its own function's parameter, so the caller's patients are texted", () => {
    expect(pilates(5)).toEqual([['twilio', ['name', 'phone']]]);
  });
});

describe("a wrapper's parameter written under a key of a request's JSON body", () => {
  it("takes the vendor's role for the key: the sender of an incoming message, replied to, is a phone number", () => {
    expect(inbound(7)).toEqual([['whatsapp', ['phone']]]);
  });

  it('takes no role from a body no vendor names', () => {
    expect(inbound(8)).toEqual([]);
  });
});
