/**
 * Session 42's shapes, from the first runs of its fresh sets (a Norwegian housing co-op platform's mailer, whose
 * thirteen flows privmap missed every one of):
 * - a catalogue client made where it is called (`new Resend(API_KEY).emails.send({ to: [til] })`) is that vendor's
 *   sink, as it is through a local holding the client, and the function around it a wrapper its callers' data enters
 *   (new-receiver.ts `newMemberPath`, flows.ts `chainedSink`);
 * - a text function writing its parameter through an escape helper (`${escapeHtml(name)}`, or the module's own
 *   `const trygg = (s) => s.replace(…)`) writes the parameter still; a helper that cuts it (`s.slice(0, 3)`) does
 *   not (text-helpers.ts `reshapedArgument`, text-function-params.ts `writtenWhole`);
 * - a text function declared inside the function building the mail (`const felt = (etikett, verdi) => …`) is read
 *   as one of the file's own (text-function-members.ts `calledTextFunction`);
 * - a translated piece of a mail named for the mail and the piece (`t.verifySubtext(firstName)`, `t.deleteSubtext(…)`)
 *   is text holding its argument, not a look-up named `verify…`/`delete…` (text-piece-name.ts; a Dutch caravan
 *   rental's verification and account-deletion mails);
 * - a fetch helper taking a path or a whole URL (`path.startsWith('http') ? path : \`${HOLDED_API_BASE}${path}\``)
 *   goes to the base's vendor; a choice between the vendor and a server of a setting names none (flow-literals.ts);
 * - a record the caller stores with a verb of its own language (`db.bewaarBestelling(…)`, Dutch "save") is a stored
 *   row, and a copy of it with more keys (`{ ...bestelling, regels }`) handed to a text function is read as that row
 *   (loaded-record.ts, flow-facts.ts `spreads`), also where the text hands the row on to the file's other text
 *   function for a block of it (`${gegevensBlok(order)}`: text-function-members.ts `handedToOwnText`);
 * - a request body serialised from a local (`const payload = { messaging_product: 'whatsapp', to, … }; body:
 *   JSON.stringify(payload)`) keeps the vendor's roles for its keys, so the number a WhatsApp bot answers
 *   (`sendReply(from, …)` with `from = message.from`) is a phone by the role alone (flow-facts.ts `bodyParams`);
 * - a CommonJS module calling its own export through `exports` (`exports.getTransportInfo(…)`, `module.exports.x(…)`)
 *   calls the function it defined so (flows.ts `ownExportCalled`; a French home-care SaaS's pay helpers).
 * The real scan of fixtures/flows/session42; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session42');

describe('a Resend client made where it sends', () => {
  const epost = flowsAtIn(flows, 'epost.ts');

  it('is a sink of the recipient the wrapper is given', () => {
    expect(epost(14)).toEqual([['resend', ['email']]]);
  });

  it("makes the wrapper's callers flows of what they hand it", () => {
    expect(epost(31)).toEqual([['resend', ['email']]]);
  });
});

describe('a text written through an escape helper', () => {
  const epost = flowsAtIn(flows, 'epost.ts');
  const welcome = flowsAtIn(flows, 'welcome-send.ts');

  it("holds the lead's email and phone, escaped by the module's own function in rows built by a local helper", () => {
    expect(epost(21)).toEqual([['resend', ['email', 'phone']]]);
  });

  it('holds nothing where the helper keeps only the first characters', () => {
    expect(epost(26)).toEqual([]);
  });

  it("holds the customer's name escaped by a package's function in another module's text", () => {
    expect(welcome(9)).toContainEqual(['nodemailer', ['email', 'name']]);
    expect(welcome(14)).toEqual([['nodemailer', ['phone']]]);
  });
});

describe("a translated piece of a mail's text", () => {
  const routes = flowsAtIn(flows, 'account-routes.ts');

  it("holds the customer's name handed to the verification and deletion mails", () => {
    expect(routes(5)).toEqual([['resend', ['email', 'name']]]);
    expect(routes(10)).toEqual([['resend', ['email', 'name']]]);
  });
});

describe("a fetch helper taking a path or a whole URL", () => {
  const holded = flowsAtIn(flows, 'lib/holded.ts');

  it('sends the contact to Holded, the base the path goes to', () => {
    expect(holded(12)).toEqual([['holded', ['email', 'name', 'phone']]]);
  });

  it("names no vendor where the base is Holded's or a setting's", () => {
    expect(flows.filter((f) => f.location.file === 'lib/holded.ts' && (f.location.line ?? 0) > 12)).toEqual([]);
  });
});

describe('a stored order copied with more keys and handed to a text function', () => {
  it("fills the confirmation with the customer's name, phone number and the address its customer block writes", () => {
    expect(flowsAtIn(flows, 'bestelling.js')(9)).toEqual([['resend', ['address', 'email', 'name', 'phone']]]);
  });
});

describe("a WhatsApp message built in a local before it is posted", () => {
  const webhook = flowsAtIn(flows, 'whatsapp-webhook.ts');

  it('is a flow of the number the bot answers, whatever its name', () => {
    expect(webhook(19)).toEqual([['whatsapp', ['phone']]]);
  });
});

describe("a CommonJS module calling its own export through `exports`", () => {
  const pay = flowsAtIn(flows, 'cjs/draft-pay.js');

  it("reaches Google's Distance Matrix with the visits' addresses", () => {
    expect(pay(8)).toEqual([['google-maps', ['address']]]);
  });

  it('hands nothing on where the export asks no one', () => {
    expect(pay(14)).toEqual([]);
  });
});
