/**
 * Session 41's shapes, from the first runs of its fresh sets (a Dutch cleaning service's mail templates, a Peruvian
 * shop's edge functions):
 * - a mail template whose text is wrapped by a layout imported from the app's own modules (`return baseLayout(content,
 *   title)` with `content` a local holding the text) is a text function, also where a caller imports it with `await
 *   import()`; a package's function over the text (`sha256(content)`) is not (text-function-members.ts
 *   `isImportedLayoutOfText`, own-module-imports.ts);
 * - a bare name word of any language taken apart beside an email address (`const { email, nombre, pedido } = payload`)
 *   is that person's name, as a bare `name` was (name-beside-destructured.ts); beside a price it stays no one's;
 * - Nitro's global `$fetch` is an HTTP call (rules/sinks/http.yml), and a form-encoded body (`body: new
 *   URLSearchParams({ to, text })`) is read in the vendor's roles as a JSON one is (serialised-body.ts), a Swedish
 *   association's Nuxt helper posting to Mailgun;
 * - a given and family name in an organisation's record (`company.first_name`) is its contact person's, a person's
 *   name in a flow, while the company's own mailbox stays its own (personal-data.ts `classify`);
 * - a mail's component chosen between two by a condition (`react: type === 'investor' ? WelcomeInvestor({ name }) :
 *   WelcomeLandlord({ name })`) fills the mail as either would alone (text-reads.ts `madeByImports`);
 * - Stripe.js is catalogued: a browser checkout's confirm calls hand Stripe the payer's billing details
 *   (rules/sinks/payments.yml `stripe-js`);
 * - a URL object filled key by key (`url.searchParams.set('origins', origin); fetch(url.toString())`) is read in the
 *   vendor's roles, and Google's Distance Matrix takes `origins` and `destinations` as addresses, though not a
 *   latitude and longitude (filled-form.ts, coordinates.ts, rules/sinks/services.yml); CallMeBot, a free WhatsApp
 *   gateway, is catalogued;
 * - a text written as an array of lines (`[\`Kunde: ${booking.name}\`, \`Tel: ${booking.phone}\`].join('%0A')`) is one
 *   text: a bare name beside another line's phone is the person's (personal-data.ts `textLines`);
 * - one recipient in a list (`to: [booking.email]`) is the record addressed, so its bare name in the text is the
 *   person's (name-beside-recipient.ts); a Stripe payment link's metadata is a flow to Stripe.
 * The real scan of fixtures/flows/session41 and catalogue/session41-stripe-js.tsx; expectations.test.ts checks ESLint
 * reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session41');

describe('a mail template wrapped by a layout module of the app', () => {
  const update = flowsAtIn(flows, 'update-telefoon.js');

  it("fills the mail with the person's name and phone numbers it writes", () => {
    expect(update(7)).toEqual([['resend', ['email', 'name', 'phone']]]);
  });

  it("is no text where a package's function answers a digest of it", () => {
    expect(update(13)).toEqual([['resend', ['email']]]);
  });
});

describe('a bare name word taken apart beside an email address', () => {
  const orders = flowsAtIn(flows, 'order-mails.ts');

  it("is the buyer's name, greeted in the mail", () => {
    expect(orders(23)).toEqual([['resend', ['email', 'name']]]);
  });

  it("is no one's beside a product's price", () => {
    expect(orders(29)).toEqual([]);
  });
});

describe("Nitro's global $fetch posting a form-encoded message to Mailgun", () => {
  it('is a flow of the recipient, at the helper and where a member enters it', () => {
    expect(flowsAtIn(flows, 'server/utils/send-email.js')(8)).toEqual([['mailgun', ['email']]]);
    expect(flowsAtIn(flows, 'server/api/medlem.js')(7)).toEqual([['mailgun', ['email', 'name']]]);
  });
});

describe("a client company's record in the admin's mail", () => {
  const admin = flowsAtIn(flows, 'admin-notification.ts');

  it("carries its contact person's name", () => {
    expect(admin(25)).toEqual([['nodemailer', ['name']]]);
  });

  it("carries nothing personal where only the company's own name and mailbox are written", () => {
    expect(admin(29)).toEqual([]);
  });
});

describe('a React Email component chosen by a condition', () => {
  it("fills the welcome mail with the member's name, whichever branch is taken", () => {
    expect(flowsAtIn(flows, 'auth-callback.ts')(11)).toEqual([['resend', ['email', 'name']]]);
  });
});

describe('Stripe.js', () => {
  it("is a payment recipient of the payer's billing details, from useStripe() or loadStripe()", async () => {
    const checkout = flowsAtIn(await scanFlowFixture('catalogue'), 'session41-stripe-js.tsx');
    expect(checkout(15)).toEqual([['stripe-js', ['email', 'name', 'phone']]]);
    expect(checkout(25)).toEqual([['stripe-js', ['address', 'email', 'name']]]);
    expect(checkout(30)).toEqual([]);
  });
});

describe('a URL object filled key by key', () => {
  const taxi = flowsAtIn(flows, 'taxi-maps.ts');

  it("hands Google's Distance Matrix the pickup and drop-off, in the vendor's roles", () => {
    expect(taxi(15)).toEqual([['google-maps', ['address']]]);
  });

  it('hands over nothing where only settings or coordinates fill it', () => {
    expect(taxi(22)).toEqual([]);
    expect(taxi(36)).toEqual([]);
  });

  it("reaches CallMeBot with the booking's address, phone and, beside them in the text's lines, its name", () => {
    expect(taxi(28)).toEqual([['callmebot', ['address', 'name', 'phone']]]);
  });
});

describe('a boat tour\'s payment mails and links', () => {
  const tours = flowsAtIn(flows, 'boat-tours.js');

  it("greet the booking's name in a mail to the one address in a list", () => {
    expect(tours(14)).toEqual([['resend', ['email', 'name']]]);
  });

  it("hand Stripe the customer in a payment link's metadata", () => {
    expect(tours(19)).toEqual([['stripe', ['email', 'name']]]);
  });
});
