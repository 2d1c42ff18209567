/**
 * Session 37's shapes, from the training sets' flows found short of a name: a text handed to a wrapper beside the
 * same record's own phone or email (`sendSms(volunteer.phone, \`Olá ${volunteer.name}\`)`, person-record-args.ts), and
 * a record's own contact member named by any one-word phone or email term of the lexicon (`p.whatsapp`, `lid.telefoon`,
 * record-own-name.ts `isOwnContact`), so the message object or the mapped recipients built beside it name the person
 * too. The real scan of fixtures/flows/session37; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session37');
const reminders = flowsAtIn(flows, 'src/reminders.ts');
/** The log flows at each line of one file (flowsAtIn leaves log flows out; some cases here are about logging calls). */
const logFlowsIn = (file: string) => (line: number) => flows.filter((f) => f.sinkKind === 'logs' && f.location.file === file && f.location.line === line);

describe("a text handed beside the same record's own phone", () => {
  it("names the record's person", () => {
    expect(reminders(10)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it("leaves another record's name alone", () => {
    expect(reminders(13)).toEqual([['twilio', ['phone']]]);
  });

  it("leaves the record's name alone beside someone else's phone in it", () => {
    expect(reminders(16)).toEqual([['twilio', ['phone']]]);
  });
});

describe("a record's own contact member in any language's one-word term", () => {
  it('reads `whatsapp` as the record\'s own number, so the message beside it names the person', () => {
    expect(reminders(22)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it('names the person in mapped recipients whose message an imported text function writes', () => {
    expect(reminders(33)).toEqual([['twilio', ['name', 'phone']]]);
  });
});

describe('what the wider own-contact words leave alone', () => {
  const sent = flowsAtIn(flows, 'src/webhook-logs.ts');
  const logs = (line: number) => logFlowsIn('src/webhook-logs.ts')(line).map((f) => [f.sinkId, f.categories]);

  it("keeps a barbershop's name the shop's though the function reads its WhatsApp line", () => {
    expect(logs(8)).toEqual([]);
    expect(sent(13)).toEqual([]);
  });

  it("names the client beside the client's own WhatsApp number", () => {
    expect(logs(11)).toEqual([['console', ['name', 'phone']]]);
  });

  it("reads a plural as a list, not the record's own contact, so the campaign's name stays its own", () => {
    expect(logs(19)).toEqual([]);
  });
});

describe('an admin is a person', () => {
  const logged = (line: number) => logFlowsIn('src/admin-actions.ts')(line).map((f) => f.categories);

  it("reports the admin's name written in a log line, as a member and through a local", () => {
    expect(logged(7)).toEqual([['name']]);
    expect(logged(10)).toEqual([['name']]);
  });

  it("leaves the admin's id alone", () => {
    expect(logged(12)).toEqual([]);
  });
});

describe("a fluent SDK's client configured by a chain on the object made in place", () => {
  const handlers = flowsAtIn(flows, 'src/vendure-handlers.ts');

  it("reads Vendure's mail handler: the recipient its callback returns, at the method's own line", () => {
    expect(handlers(9)).toEqual([['vendure-email', ['email']]]);
    expect(handlers(19)).toEqual([['vendure-email', ['email']]]);
  });

  it("reads the template's variables, and nothing from a token", () => {
    expect(handlers(13)).toEqual([['vendure-email', ['name']]]);
    expect(handlers(22)).toEqual([]);
  });
});
