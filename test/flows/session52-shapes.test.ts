/**
 * Session 52's shapes, each from a set whose first run missed them (then moved to training):
 * - a message an injected service's method builds (`this.challengeEmail.newAttendee(challenge, attendee, coordinators)`
 *   of a NestJS processor) is read through that method as one an imported builder makes: the method the field's type
 *   names (text-reads.ts `linkedCallee`, built-messages.ts `madeByOf`, link.ts `madeByFunction`); the service itself
 *   holds no one's data (flow-facts.ts `serviceMethodCall`); a guard returning nothing (`return;`) leaves the method a
 *   builder; a bcc list collected in a `Set` (`sendTo.add(coordinator.email)`) holds what was added; a Canadian
 *   sailing club's mail processors;
 * - a full name split into its parts (`const [firstName, ...rest] = data.name.split(' ')`) hands the parameter's name on
 *   (flows.ts `variable`); a Dutch IT firm's HubSpot quote service;
 * - a scope an own Sentry module hands to `withScope` (`Sentry.withScope((scope) => scope.setContext(…))` with `Sentry =
 *   require('../utils/sentry')`) is that module's client (flows.ts); a Polish shop's webhooks;
 * - a logger that is a function taking the level first (`logger('info', [prefix, message])`, `@vtfk/logger`) writes a
 *   log line (rules/sinks/logs.yml); a Norwegian county's student jobs;
 * - subscription billing platforms (Orb, Chargebee, Lago, Recurly; rules/sinks/payments.yml); a US SaaS's Orb customer.
 * The real scan of fixtures/flows/session52; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session52');

describe("a message an injected service's method builds", () => {
  const processor = flowsAtIn(flows, 'injected-builder/challenge.processor.ts');

  it("is read through the method the field's type names, its guard and its set of recipients included", () => {
    expect(processor(20)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("keeps the recipients given after it was made, and the name a builder reads of who asked (`requested_by.name`)", () => {
    expect(processor(29)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('hands nothing on where the method reads nothing personal', () => {
    expect(processor(34)).toEqual([]);
  });
});

describe('a full name split into its parts', () => {
  const route = flowsAtIn(flows, 'split-name/quote-route.ts');

  it("hands the parameter's name on to the vendor", () => {
    expect(route(6)).toEqual([['hubspot', ['email', 'name']]]);
  });

  it('hands on nothing where another value is split (an amount)', () => {
    expect(route(7)).toEqual([]);
  });
});

describe("the scope an app's own Sentry module hands to its callback", () => {
  it("is that module's client", () => {
    expect(flowsAtIn(flows, 'module-scope/api/order-paid.js')(7)).toEqual([['sentry', ['email']]]);
  });

  it('sends nothing where the scope is given a tag only', () => {
    expect(flowsAtIn(flows, 'module-scope/api/order-paid.js')(5)).toEqual([]);
  });
});

describe('a logger called with the level first', () => {
  const logged = (file: string, line: number) => flows.filter((f) => f.sinkKind === 'logs' && f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories]);

  it('writes the name it is given to the log', () => {
    expect(logged('level-first-logger/sync-students.js', 7)).toEqual([['conventional-logger', ['name']]]);
  });

  it("writes nothing personal where given a record's id or a count", () => {
    expect(logged('level-first-logger/sync-students.js', 8)).toEqual([]);
    expect(logged('level-first-logger/sync-students.js', 10)).toEqual([]);
  });

  it("leaves express-generator's `logger('dev')` (morgan) alone", () => {
    expect(flows.filter((f) => f.location.file === 'level-first-logger/server.js')).toEqual([]);
  });

  it("leaves the app's own `fetch` (node-fetch loaded on first use) the HTTP call it was", () => {
    expect(flowsAtIn(flows, 'local-fetch/resend-adapter.js')(6)).toEqual([['resend', ['email']]]);
  });
});

describe('subscription billing platforms', () => {
  const customers = flowsAtIn(flows, 'billing-vendors/customers.ts');

  it("create the paying customer with the owner's name and address", () => {
    expect(customers(20)).toEqual([['orb', ['email', 'name']]]);
    expect(customers(22)).toEqual([['chargebee', ['email']]]);
    expect(customers(24)).toEqual([['chargebee', ['email', 'name']]]);
    expect(customers(26)).toEqual([['lago', ['email', 'name']]]);
    expect(customers(28)).toEqual([['recurly', ['email']]]);
  });

  it('are handed nothing personal by an update of the currency', () => {
    expect(customers(29)).toEqual([]);
  });
});
