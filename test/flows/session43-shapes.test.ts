/**
 * Session 43's shapes:
 * - a member read by its path with lodash (`get(prevEvent, 'address.fullAddress')`, `_.get(order, 'customer.address')`)
 *   is that member (path-read.ts), so an address read so and handed through the app's own modules to Google's
 *   Distance Matrix is a flow (a French home-care SaaS's pay helpers); an id read so is not, and nor is what the
 *   app's own `get` returns;
 * - a message made whole by another module's template (`sendEmail(emailTemplates.paymentSuccess(email, userName))`)
 *   and handed to a wrapper taking its `to` and `html` to the vendor holds what the template writes under those keys
 *   (link.ts, a builder's `shape` read member by member; a Spanish test-taking service's mails, 3 of 22 found before);
 * - a webhook's URL read off the helper's parameter (`fetch(webhook.url, …)` in `sendWebhook(webhook, …)`, called
 *   from a `map` over the configured rows) names someone else's endpoint by its own name (webhook-url.ts; a Danish
 *   guesthouse's booking events); a parameter named for nothing (`target.url`) does not.
 * - `SmsService.getInstance().send(phone, …)`: the method of the one instance the class's accessor hands out (static-members.ts
 *   `singletonMethodOf`; an accessor taking arguments is not read so, unless it declares the class it returns: session 50);
 * - a template compiled by the module's own loader (`const template = await loadTemplate('x'); template(data)`, the loader
 *   returning `Handlebars.compile(…)` kept in a cache) writes its data into the text (compiled-template.ts).
 * - Whapi.Cloud's WhatsApp API (`https://gate.whapi.cloud/messages/text`, `to` the phone) is in the catalogue, reached
 *   through the instance's settings (`this.config.baseUrl` of `this.config = { baseUrl: … }`, http-base.ts), and its
 *   client handed out by a module function (`export const whapiService = getWhapiService()`, the function making
 *   `new WhapiService()`) calls the class's methods (link.ts `local`);
 * - a class's own text method given an object of the record's values (`this.getClientConfirmationTemplate({ clientName:
 *   appointment.clientName })`) writes what it reads of the object, a value with a default after it too
 *   (text-function-options.ts);
 * - a URL picked by a key from a table of settings (`slackChannels[channel]`) names the vendor all its settings name,
 *   and none where they name different services (http-base.ts `settingOfTable`).
 * - a function a Nuxt app's route calls without importing it (`sendBookingRequestReceived(body.email, body.name)`) is
 *   the export of that name in the framework's auto-import folders (`server/utils/` for server code), found where the
 *   app has a `nuxt.config` (flows/auto-imports.ts, scan/code/auto-import-calls.ts); a name no folder exports stays
 *   unresolved.
 * The real scan of fixtures/flows/session43; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session43');

describe("a member read by its path with lodash's get", () => {
  const pay = flowsAtIn(flows, 'cjs/draft-pay.js');
  const geocode = flowsAtIn(flows, 'esm/geocode.ts');

  it('is the address handed through two modules to the Distance Matrix, by a string path and by an array path', () => {
    expect(pay(14)).toEqual([['google-maps', ['address']]]);
  });

  it("is the customer's address, read through lodash's `_` and through `get` imported from lodash-es", () => {
    expect(geocode(12)).toEqual([['google-maps', ['address']]]);
    expect(geocode(14)).toEqual([['google-maps', ['address']]]);
  });

  it('is no one\'s address where the path names an id', () => {
    expect(pay(20)).toEqual([]);
  });

  it("is not read so through the app's own function named get", () => {
    expect(flowsAtIn(flows, 'esm/own-get.ts')(10)).toEqual([]);
  });
});

describe("a message made whole by another module's template", () => {
  const route = flowsAtIn(flows, 'templates/payment-route.ts');

  it("holds the recipient and the name the template writes into the text the wrapper sends", () => {
    expect(route(7)).toEqual([['resend', ['email', 'name']]]);
  });

  it('holds only the recipient where the template names no one', () => {
    expect(route(13)).toEqual([['resend', ['email']]]);
  });
});

describe("a webhook URL read off the helper's parameter", () => {
  it("makes the booking's guest name posted to the configured webhooks a flow", () => {
    expect(flowsAtIn(flows, 'webhooks/bookings.js')(8)).toEqual([['http', ['name']]]);
  });

  it('names no one where the parameter is named for nothing', () => {
    expect(flowsAtIn(flows, 'webhooks/webhook-service.js')(19)).toEqual([]);
  });
});

describe("a singleton's method called through its accessor", () => {
  const verify = flowsAtIn(flows, 'singleton/verify-phone.ts');

  it('is the instance method, a wrapper of Twilio', () => {
    expect(verify(6)).toEqual([['twilio', ['phone']]]);
  });

  it('is read so through an accessor given arguments only by the class it declares it returns (session 50, declared-result.ts)', () => {
    expect(verify(12)).toEqual([['twilio', ['phone']]]);
  });
});

describe("a template compiled by the module's own loader", () => {
  it("writes the customer's name it is filled with into the mail", () => {
    expect(flowsAtIn(flows, 'handlebars/email.service.ts')(32)).toEqual([['resend', ['email', 'name']]]);
  });
});

describe("a WhatsApp gateway's client kept as one instance", () => {
  const notices = flowsAtIn(flows, 'whapi/appointment-notifications.ts');

  it("is Whapi's sink, its base read from the instance's settings", () => {
    expect(flowsAtIn(flows, 'whapi/whatsapp-whapi.ts')(18)).toEqual([['whapi', ['phone']]]);
  });

  it("takes the client's phone and the name the class's own template writes", () => {
    expect(notices(15)).toEqual([['whapi', ['name', 'phone']]]);
  });

  it("takes the client's name and email written into the store's notice", () => {
    expect(notices(22)).toEqual([['whapi', ['email', 'name']]]);
  });
});

describe('a URL picked from a table of settings', () => {
  it("is Slack's where every setting names Slack", () => {
    expect(flowsAtIn(flows, 'slack/create-user.ts')(6)).toEqual([['slack', ['email', 'name']]]);
  });

  it('is no one\'s where the settings name different services', () => {
    expect(flowsAtIn(flows, 'slack/slack.ts')(20)).toEqual([]);
  });
});

describe("a function a Nuxt route calls without importing it", () => {
  const route = flowsAtIn(flows, 'nuxt/server/api/bookings.post.ts');

  it('is the server utility of that name, a wrapper of Resend', () => {
    expect(route(5)).toEqual([['resend', ['email', 'name']]]);
  });

  it('names nothing where no auto-import folder exports it', () => {
    expect(route(7)).toEqual([]);
  });
});
