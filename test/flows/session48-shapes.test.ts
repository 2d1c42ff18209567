/**
 * Session 48's shapes, each from a fresh flow set's first run:
 * - a mail's text made by a template function that fills the file's layout through an options object of texts
 *   (`carteSimple({ titre: \`Bonjour ${prenom},\`, paragraphes: […] })`): the template is text of what it takes, so
 *   the caller's `{ prenom: data.prenom }` is in the mail (text-function-members.ts `isTextsOption`); a Luxembourg
 *   pétanque club's membership mails;
 * - the vendor's client an injected service's method hands out (`this.stripeService.getClient()`, directly or through
 *   a local): a Stripe call on it is Stripe's (link.ts `handedClient`, method-result-alias.ts); a Canadian dental
 *   receptionist's billing.
 * - a message built in a local (`const msg = { to, subject: emailContent.subject, html: emailContent.html }`) whose
 *   texts come from whichever imported template a `let` was given in a `switch`: each template's reading of what it
 *   was given is in the mail (text-reads.ts `reassignedTextCalls`); a German PR platform's approval mails;
 * - Firestore's REST API (`https://firestore.googleapis.com/v1/projects/…/documents/…`) is the project's own database,
 *   as its Firebase is (rules/http-targets.yml); the same platform's mail log.
 * The real scan of fixtures/flows/session48; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session48');

describe('a template filling a layout through an options object', () => {
  const actions = flowsAtIn(flows, 'card-layout/actions.ts');

  it("carries the caller's values the template writes into the layout's texts", () => {
    expect(actions(6)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(actions(11)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('is only a layout where the function called returns text', () => {
    expect(actions(16)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("the client an injected service's method hands out", () => {
  const payments = flowsAtIn(flows, 'injected-client/payment.service.ts');

  it("is the vendor's client, through a local or called at once", () => {
    expect(payments(11)).toEqual([['stripe', ['email']]]);
    expect(payments(16)).toEqual([['stripe', ['email']]]);
  });

  it('is no client where the method hands out a setting', () => {
    expect(payments(21)).toEqual([]);
  });
});

describe('a message built in a local from templates a switch chose', () => {
  const route = flowsAtIn(flows, 'approval-mail/route.ts');

  it("holds what each template writes of what it was given: the recipient's name", () => {
    expect(route(21)).toContainEqual(['nodemailer', ['email', 'name']]);
  });

  it('holds only its address where the text it was given is its own', () => {
    expect(route(31)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("Firestore's REST API", () => {
  const log = flowsAtIn(flows, 'firestore-rest/activity-log.ts');

  it("is the project's own database, no recipient", () => {
    expect(log(6)).toEqual([]);
  });

  it("leaves another company's endpoint a flow", () => {
    expect(log(11)).toEqual([['http', ['email']]]);
  });
});
