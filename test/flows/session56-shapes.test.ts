/**
 * Session 56's shapes, each from a training set read after the session's runs:
 * - a value a function hands to a sender's recipient role is that kind of data where the same function hands it to the
 *   app's own logging helper (`logDebug('Sending SMS', { to })` beside `twilio.messages.create({ to })`), as it already
 *   was at a logger called directly (log-recipients.ts `showIn`, kept as the call's `logged` facts and used where the
 *   link finds the helper logging that argument as it came); a Danish AI receptionist's SMS and mail senders. A local
 *   taken out of a mail sender's options by name (`const { to } = options` in `sendEmail(options)`) is its recipient
 *   (`noteTakenMember`); a German practice's mail relay.
 * - a Vercel Function at the project's root (`api/send-email.js`, `export default function handler(req, res)`) is the app's
 *   own route at `/api/send-email`, as a Next.js or Netlify one is (own-api-route.ts `routePathOfFile`); a German moving
 *   company's quote and invoice mails, posted there by the front end's helper.
 * - a local named by axios's config form as a shorthand key (`const url = \`${CALENDLY_BASE_URL}${endpoint}\`; axios({ url,
 *   params })`) names the host as `url: …` does (flow-literals.ts `hostOfArguments`), and Calendly's REST host is a
 *   calendar (rules/sinks/services.yml); a Swedish online clinic's doctors looked up by email. Azure Functions' `context`
 *   logger is in fixtures/flows/logs (expectations.test.ts).
 * The real scan of fixtures/flows/session56; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session56');
const logsAt = (file: string, line: number) =>
  flows.filter((f) => f.sinkKind === 'logs' && f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("a recipient handed to the app's own logging helper", () => {
  it('is a phone number before the send and after it, where the SMS provider is given it as `to`', () => {
    expect(logsAt('logged-role-helper/sms.ts', 9)).toEqual([['pino', ['phone'], ['to']]]);
    expect(logsAt('logged-role-helper/sms.ts', 13)).toEqual([['pino', ['phone'], ['to']]]);
  });

  it("is an email where a function named for sending a mail takes it out of its options by name (`const { to } = options`)", () => {
    expect(logsAt('logged-role-helper/relay.ts', 7)).toEqual([['console', ['email'], ['to']]]);
    expect(logsAt('logged-role-helper/relay.ts', 8)).toEqual([]);
  });

  it("is nothing where the helper is given other values of the same function, or a flag about the recipient", () => {
    expect(logsAt('logged-role-helper/sms.ts', 14)).toEqual([]);
    expect(logsAt('logged-role-helper/sms.ts', 19)).toEqual([]);
  });
});

describe("a Vercel Function of the app's own (`api/send-email.js` at the project's root)", () => {
  const flows56 = (file: string, line: number) =>
    flows.filter((f) => f.sinkKind !== 'logs' && f.location.file === `vercel-function/${file}` && f.location.line === line).map((f) => [f.sinkId, f.categories]);

  it("is the route the front end's helper posts to: the customer's data enters where the helper is called", () => {
    expect(flows56('src/components/InvoiceMail.tsx', 8)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("carries nothing personal where the caller sends the system's own address", () => {
    expect(flows56('src/components/InvoiceMail.tsx', 12)).toEqual([]);
  });

  it('is no folder of the code (`src/api/`) and no helper folder (`api/_lib/`)', async () => {
    const { routePathOfFile } = await import('../../src/scan/code/own-api-route.js');
    expect(routePathOfFile('api/send-email.js')).toBe('/api/send-email');
    expect(routePathOfFile('web/api/invoices/[id].ts')).toBe('/api/invoices/*');
    expect(routePathOfFile('api/users/index.ts')).toBe('/api/users');
    expect(routePathOfFile('src/api/invoices.ts')).toBeUndefined();
    expect(routePathOfFile('lib/api/client.ts')).toBeUndefined();
    expect(routePathOfFile('api/_lib/smtp.js')).toBeUndefined();
  });
});

describe("a vendor's REST host named in a local that axios's config form takes by shorthand (`axios({ url, params })`)", () => {
  const calendly = (line: number) =>
    flows.filter((f) => f.sinkKind !== 'logs' && f.location.file === 'calendly-lookup/calendly.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

  it("is Calendly, given the doctor's address to look the doctor up by", () => {
    expect(calendly(14)).toEqual([['calendly', ['email']]]);
  });

  it('hands over nothing personal where the app asks for its organisation\'s event types', () => {
    expect(calendly(19)).toEqual([]);
  });
});
