/**
 * A value a function hands to a mailer's or an SMS provider's recipient role is an email or a phone wherever the
 * same function logs it (issue 12, "emails in job logs"; src/flows/log-recipients.ts): the real scan over
 * fixtures/flows/log-recipients. expectations.test.ts checks the same fixture's `privmap-expect` comments through
 * the CLI scan and ESLint.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('log-recipients')).filter((f) => f.sinkKind === 'logs');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `src/${file}` && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a recipient logged in the function that sends to it', () => {
  it('is an email before the send (a development branch) and after it (an error handler)', () => {
    expect(at('mail-client.ts', 13)).toEqual([['console', ['email'], ['req.to']]]);
    expect(at('mail-client.ts', 23)).toEqual([['pino', ['email'], ['req.to']]]);
  });

  it('is an email as the loop variable sent to, and joined into the message', () => {
    expect(at('mail-client.ts', 35)).toEqual([['console', ['email'], ['req.to']]]);
  });

  it("is an email where a function named for sending a mail logs its own `to`, whatever it then does with it (session 33)", () => {
    expect(at('queued-mail.ts', 9)).toEqual([['console', ['email'], ['to']]]);
    expect(at('queued-mail.ts', 16)).toEqual([]);
  });

  it('is a phone number where an SMS `to` is built from it', () => {
    expect(at('sms.ts', 13)).toEqual([['pino', ['phone'], ['notice.to']]]);
  });

  it('is not a flow through a count, in a function that sends nothing, or beside the sender and the body', () => {
    expect(at('mail-client.ts', 20)).toEqual([]);
    expect(at('mail-client.ts', 33)).toEqual([]);
    expect(at('mail-client.ts', 41)).toEqual([]);
    expect(at('sms.ts', 16)).toEqual([]);
  });

  it('is not a flow through a sanitiser or a function whose result is unknown, and is one through a conversion to text', () => {
    expect(at('sms.ts', 24)).toEqual([]);
    expect(at('sms.ts', 25)).toEqual([]);
    expect(at('sms.ts', 27)).toEqual([['pino', ['phone'], ['notice.to']]]);
  });
});

describe('recipients mapped into a batch', () => {
  it('makes the mapped list an email where it is logged, and not its length', () => {
    expect(at('newsletter.ts', 12)).toEqual([['console', ['email'], ['req.to']]]);
    expect(at('newsletter.ts', 15)).toEqual([]);
  });
});

describe('a record spread into the message (session 17)', () => {
  it("makes its member under a role key that role's value, logged in the send's callback", () => {
    expect(at('spread-params.ts', 19)).toEqual([['pino', ['email'], ['params.to']]]);
  });

  it('is not a flow through the subject and a count', () => {
    expect(at('spread-params.ts', 21)).toEqual([]);
  });
});


describe('a message handed over whole, or posted as JSON (session 22)', () => {
  it("makes the handed record's member under a role key that role's value, shown through a conditional", () => {
    expect(at('message-handed-whole.ts', 17)).toEqual([['pino', ['email'], ['payload.to']]]);
    expect(at('message-handed-whole.ts', 19)).toEqual([]);
  });

  it('reads a local made from the recipient by a conditional, and not one made from a flag', () => {
    expect(at('message-handed-whole.ts', 27)).toEqual([['pino', ['email'], ['payload.to']]]);
    expect(at('message-handed-whole.ts', 30)).toEqual([]);
  });

  it("reads the roles of a mail API's JSON body posted to its host, before the post", () => {
    expect(at('message-handed-whole.ts', 37)).toEqual([['pino', ['email'], ['options.to']]]);
    expect(at('message-handed-whole.ts', 46)).toEqual([]);
  });
});

describe('a message logged whole (session 22)', () => {
  it('shows the members the same function gives a role, and nothing interpolated in a text', () => {
    expect(at('message-logged-whole.ts', 17)).toEqual([['console', ['email'], ['props']]]);
    expect(at('message-logged-whole.ts', 19)).toEqual([]);
    expect(at('message-logged-whole.ts', 35)).toEqual([['pino', ['email'], ['to']]]);
  });

  it('is no flow for a record handed over whole whose members are not known', () => {
    expect(at('message-logged-whole.ts', 42)).toEqual([]);
  });
});
