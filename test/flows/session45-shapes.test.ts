/**
 * Session 45's shapes, each from a fresh flow set's first run or a training set's misses:
 * - an HTTP route's handler gets its body off the network: what it hands on enters the chain there, even where the
 *   app's own page posts to it (link.ts `isRouteHandler`); a French knitting shop's reservations;
 * - a literal URL of infrastructure the app runs for itself (`https://<project>.supabase.co/functions/v1/push`) is the
 *   app's own, as a setting named so is (http-targets.ts `isInfrastructureHost`); a Swedish cleaning platform;
 * - a helper taking a `FormData` reads its fields by key (`formData.get('to')`), which its callers fill with
 *   `fd.set('to', …)` (form-body.ts `formFieldRead`); a German trades SaaS's Brevo mails;
 * - a text filled by a replace callback looking each placeholder up in a record handed in (`template.replace(/{{(\w+)}}/g,
 *   (_, key) => vars[key] ?? '')`) holds that record's values (placeholder-template.ts `isPlaceholderLookup`); a UK
 *   salon's SMS.
 * - a method of a class the same file declares, called on a local instance (`const service = new SheetsService(…);
 *   service.updateSheet(…)`), is linked as an imported class's is (flows.ts `onOwnInstance`); a Dutch lead platform.
 * - a batch cut from a parameter and mapped into messages (`const del = eposter.slice(i, i + 100); del.map((e) => ({ to:
 *   e.til }))`) hands the parameter on, as mapping the parameter itself does (flow-facts.ts); a Norwegian club.
 * - a URL built by a function of the file named for one (`getApiUrl('facturacion')` returning `${baseUrl}/${endpoint}`)
 *   names the host of what it returns (flow-literals.ts `namesUrl`); a Paraguayan marketplace's payment gateway.
 * The real scan of fixtures/flows/session45; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session45');

describe("an HTTP route's handler", () => {
  it("is where the body's address enters the chain, as the app's own page that posts it is", () => {
    expect(flowsAtIn(flows, 'reserve/app/api/creations/[id]/reserve/route.ts')(7)).toEqual([['resend', ['email']]]);
    expect(flowsAtIn(flows, 'reserve/app/shop/reserve-button.tsx')(3)).toEqual([['resend', ['email']]]);
  });

  it("hands the body whole to its own helper, which is where the address is taken out of it", () => {
    const contact = flowsAtIn(flows, 'reserve/app/api/contact/route.ts');
    expect(contact(6)).toEqual([]);
    expect(contact(11)).toEqual([['resend', ['email']]]);
  });
});

describe("a literal URL of the app's own Supabase project", () => {
  const notifications = flowsAtIn(flows, 'supabase/supabase/functions/_shared/notifications.ts');

  it("is the app's own Edge Function, not another company's server", () => {
    expect(notifications(7)).toEqual([]);
  });

  it("leaves another company's literal URL a flow", () => {
    expect(notifications(18)).toEqual([['http', ['email']]]);
  });
});

describe('a mail helper taking a FormData', () => {
  const feedback = flowsAtIn(flows, 'formdata/app/api/feedback/route.ts');

  it("reads the text its caller set on the form: the sender's address in it is a flow", () => {
    expect(feedback(11)).toEqual([['nodemailer', ['email']]]);
  });

  it('is no flow where the form carries nothing personal', () => {
    expect(feedback(20)).toEqual([]);
  });
});

describe('a text filled by a replace callback looking placeholders up', () => {
  const reminders = flowsAtIn(flows, 'placeholders/lib/reminders.ts');

  it("writes the record's values into the text: the customer's name goes with the SMS", () => {
    expect(reminders(12)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it("puts nothing in where the callback only reshapes its own match", () => {
    expect(reminders(14)).toEqual([['twilio', ['phone']]]);
  });
});

describe("a method of the file's own class on a local instance", () => {
  it("is linked: the lead's row written to the sheet is a flow where the lead's fields enter", () => {
    expect(flowsAtIn(flows, 'sheets/leads-sheet.ts')(6)).toEqual([['google-sheets', ['address', 'email', 'name', 'phone']]]);
  });
});

describe('a batch cut from the parameter and mapped into messages', () => {
  it("hands the parameter on: the members' addresses pushed into the batch are a flow", () => {
    expect(flowsAtIn(flows, 'batch/varsler.ts')(12)).toEqual([['resend', ['email']]]);
  });
});

describe("a URL built by the file's own function named for one", () => {
  it("names the host of what it returns: the buyer's details posted there are a flow", () => {
    expect(flowsAtIn(flows, 'gateway/pagos.ts')(11)).toEqual([['http', ['email', 'name', 'phone']]]);
  });
});
