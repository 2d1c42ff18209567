/**
 * Session 40's shapes, from the first runs of its fresh sets (an Italian training studio's Google Calendar helper, a
 * US field-service assistant's SMS service, a Ghanaian parcel service's SMS gateway):
 * - a helper answering its sink call's result with a fallback (`return response.data.id || null`) is a wrapper, not
 *   a factory of clients (flows.ts `isSinkResult`);
 * - a write through the app's own Prisma service read by its type (`this.prisma.customer.create` as `PrismaService`)
 *   keeps the data in the app's database even in a class named for texts (named-recipient.ts `keptInOwnDatabase`);
 * - `wa` names WhatsApp in a callee (`ctx.wa.send(telefone, texto)`, named-recipient.ts `wordsOf`), and a file
 *   calling a context's WhatsApp adapter is walked (parameter-service.ts);
 * - regional SMS gateways are catalogued (rules/sinks/messaging.yml), also behind an axios client whose base URL is
 *   a setting named for the vendor, and so is EmailJS, a browser's mail through a template;
 * - another module's text function a level deeper in an exported object (`niche.templates.confirmacao({ nome: cli.nome
 *   })`) fills the message, and in a text to `cli.telefone` the record's bare name is the person's (text-reads.ts,
 *   link.ts `addressedRecords`);
 * - a call named for writing an organisation is one whose record's head is the organisation: `createStorePaymentIntent`
 *   hands Stripe the store customer's name and shipping address (organisation-call.ts).
 * The real scan of fixtures/flows/session40 and catalogue/session40-sms-gateways.ts; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session40');

describe('a calendar helper answering the event id with a fallback', () => {
  it("is a wrapper: the booking that hands it the client's name is a flow to Google Calendar", () => {
    expect(flowsAtIn(flows, 'book-session.ts')(7)).toEqual([['google-calendar', ['name']]]);
  });
});

describe("an SMS service's writes to the app's own database", () => {
  const sms = flowsAtIn(flows, 'sms-service.ts');

  it('are no text message: keeping the texter as a customer reaches no recipient', () => {
    expect(sms(15)).toEqual([]);
    expect(sms(26)).toEqual([]);
  });

  it("leave the reply to the texter's number a flow to Twilio", () => {
    expect(sms(17)).toEqual([['twilio', ['phone']]]);
  });
});

describe("a WhatsApp adapter a context hands the agents (`ctx.wa.send`)", () => {
  const agent = flowsAtIn(flows, 'whatsapp-agent.ts');

  it('is an inferred text-message recipient of the number, in the helper and where the number enters it', () => {
    expect(agent(11)).toEqual([['inferred-sms', ['phone']]]);
    expect(agent(16)).toEqual([['inferred-sms', ['phone']]]);
  });
});

describe("a text from another module's object of templates, two members deep", () => {
  const agent = flowsAtIn(flows, 'confirm-agent.ts');

  it("carries the name of the client it is sent to, where the client's record is addressed", () => {
    expect(agent(14)).toContainEqual(['twilio', ['name', 'phone']]);
  });

  it("carries nothing more where the text writes no person's data, or another record's name", () => {
    expect(agent(16)).toEqual([['twilio', ['phone']]]);
    expect(agent(20)).toEqual([['twilio', ['phone']]]);
  });
});

describe("a payment intent made by a store's service", () => {
  it("carries the customer's name and shipping address: the store is not the record written", () => {
    expect(flowsAtIn(flows, 'store-payment.js')(12)).toEqual([['stripe', ['address', 'email', 'name']]]);
  });
});

describe('EmailJS', () => {
  it("is a mail recipient of the template's parameters, named as the app likes", async () => {
    const sent = flowsAtIn(await scanFlowFixture('catalogue'), 'session40-emailjs.ts');
    expect(sent(18)).toEqual([['emailjs', ['email', 'name', 'phone']]]);
    expect(sent(19)).toEqual([]);
  });
});

describe('regional SMS gateways', () => {
  it('are recipients of the number they text, also behind a base URL named for the vendor', async () => {
    const catalogue = flowsAtIn(await scanFlowFixture('catalogue'), 'session40-sms-gateways.ts');
    expect(catalogue(18)).toEqual([['arkesel', ['phone']]]);
    expect(catalogue(42)).toEqual([['46elks', ['phone']]]);
    expect(catalogue(66)).toEqual([['arkesel', ['phone']]]);
  });
});
