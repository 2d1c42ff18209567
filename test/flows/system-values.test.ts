/**
 * Session 18's precision guards, from the wrong flows of training sets and a sample of flows outside their labelled
 * files: the real scan over fixtures/flows/<folder>; expectations.test.ts checks ESLint reports the same.
 * - the system's own address kept in a local as a fallback or a choice between settings, or in a class field given
 *   only such values, is no one's (src/flows/system-field.ts);
 * - a test, seed or mock file reports no flow: its people are made up (src/flows/test-code.ts, rules/test-code.yml);
 * - a member of a capitalised constant's entry (`LogEvents.CustomerCreated.name`) is no one's (src/flows/constant-entry.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const fields = await scanFlowFixture('system-field');
const at = (flows: typeof fields, file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe("the system's address in a field or a local", () => {
  it('is no one\'s when every value it is given is the environment or a literal', () => {
    expect(at(fields, 'src/booking-mailer.js', 17)).toEqual([]);
    expect(at(fields, 'src/booking-mailer.js', 31)).toEqual([]);
    expect(at(fields, 'src/booking-mailer.js', 32)).toEqual([]);
  });

  it("leaves a field given a parameter and a person's address with a literal fallback as they were", () => {
    expect(at(fields, 'src/booking-mailer.js', 23)).toEqual([['nodemailer', 'transport.sendMail', ['email']]]);
    expect(at(fields, 'src/booking-mailer.js', 35)).toEqual([['nodemailer', 'transport.sendMail', ['email']]]);
    expect(at(fields, 'src/booking-mailer.js', 37)).toEqual([['console', 'console.log', ['email']]]);
  });

  it("leaves a person's address with the system's as a default as the person's, through a wrapper", () => {
    expect(at(fields, 'src/booking-mailer.js', 50)).toEqual([['nodemailer', 'mailTo', ['email']]]);
  });
});

const tests = await scanFlowFixture('test-code');
const files = (flows: typeof tests) => [...new Set(flows.map((f) => f.location.file))].sort();

describe('test, seed and mock code', () => {
  it('reports no flow in a test, a seed or a test script, where the people are made up', () => {
    expect(files(tests)).toEqual(['app/api/invite/test/route.ts', 'scripts/invite-members.ts', 'src/invite-mailer.ts', 'src/reinvite.ts']);
  });

  // Session 30: a route the app serves answers real requests, whatever its folder is called (rules/test-code.yml `served`).
  it('keeps the flows of a route handler in a folder named test', () => {
    expect(at(tests, 'app/api/invite/test/route.ts', 7)).toEqual([['nodemailer', 'sendInvite', ['email', 'name']]]);
  });

  it("keeps the app's own mail helper and a script run on real members", () => {
    expect(at(tests, 'src/invite-mailer.ts', 8)).toEqual([['nodemailer', 'transport.sendMail', ['email', 'name']]]);
    expect(at(tests, 'scripts/invite-members.ts', 7)).toEqual([['nodemailer', 'sendInvite', ['email']]]);
    expect(at(tests, 'scripts/invite-members.ts', 9)).toEqual([['console', 'console.log', ['email']]]);
  });

  // Session 21: test code's call facts are made only as deep as the summaries read them (flow-facts.ts `FactDepth`).
  it("keeps the flows of the app's calls through wrappers kept in test code: a sink call there, and a call of another wrapper", () => {
    expect(at(tests, 'src/reinvite.ts', 6)).toEqual([['nodemailer', 'mailOwner', ['email']]]);
    expect(at(tests, 'src/reinvite.ts', 8)).toEqual([['nodemailer', 'inviteAgain', ['email']]]);
  });
});

const events = await scanFlowFixture('constant-entry');

describe("a constant catalogue's entry", () => {
  it("is no one's name, though the entry is named for a customer or a member", () => {
    expect(at(events, 'src/customer-form.ts', 6)).toEqual([]);
    expect(at(events, 'src/customer-form.ts', 7)).toEqual([]);
  });

  it("leaves a customer's and a member's own names as they were", () => {
    expect(at(events, 'src/customer-form.ts', 9)).toEqual([['posthog', 'posthog.capture', ['name']]]);
    expect(at(events, 'src/customer-form.ts', 11)).toEqual([['posthog', 'posthog.identify', ['name']]]);
  });
});
