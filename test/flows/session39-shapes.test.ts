/**
 * Session 39's shapes, from the first runs of its fresh sets (a German barbershop's contact route, a Portuguese salon's
 * Stripe customers, a Mexican Pilates studio's mail service and security log, a recruiting portal's geocoding) and a
 * training set's log misses:
 * - the fields a route handler destructures from its parsed request body name the same person (`const { name, email,
 *   phone } = body`: name-beside-destructured.ts, now also where the body is read whole from the request);
 * - a payment provider's customer keys describe the customer (payments.yml `customers.create:$0: person`), a checkout
 *   session's do not;
 * - a mail service's transport made by its own method (`this.transporter = this.createTransporter()`) is followed, as
 *   is an instance of a class of the same module called there (`notifier.send(…)`, flows.ts `instanceMethod`);
 * - a file write to a log file is logging (log-file.ts);
 * - a list joined into one text hands on what was pushed to it (a geocoding query built part by part, flow-facts.ts),
 *   and Mapbox and other geocoding services are catalogued;
 * - the mail provider chosen from the environment is no one's data;
 * - a function named for sending a text logs the number where it logs its message's `to` (`sendSMS(data)` →
 *   `data.to`, log-recipients.ts `noteRecipientParameters`).
 * The real scan of fixtures/flows/session39; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session39');

describe("a route handler's fields destructured from the request body", () => {
  const sent = flowsAtIn(flows, 'app/api/contact/route.ts');

  it("name the person whose email or phone is beside them: the team's inbox gets the sender's name and phone", () => {
    expect(sent(12)).toEqual([['resend', ['name', 'phone']]]);
  });

  it('name the person the confirmation is addressed to', () => {
    expect(sent(19)).toEqual([['resend', ['email', 'name']]]);
  });

  it('say nothing of a bare `name` without an address or a phone beside it', () => {
    expect(sent(28)).toEqual([]);
  });
});

describe("a payment provider's customer", () => {
  const sent = flowsAtIn(flows, 'src/checkout.js');

  it("is created with the customer's name under its bare `name` key", () => {
    expect(sent(8)).toEqual([['stripe', ['email', 'name']]]);
    expect(sent(10)).toEqual([['stripe', ['name']]]);
  });

  it("is not a product: a checkout's line item names the product, not anyone", () => {
    expect(sent(11)).toEqual([]);
  });

  it("is an id in a checkout session: a helper handed the `customer` hands over no one's data", () => {
    expect(sent(20)).toEqual([]);
    expect(sent(25)).toEqual([]);
  });
});

describe("a mail service whose transport its own method makes (`this.transporter = this.createTransporter()`)", () => {
  it("is followed to nodemailer from a caller in another module, with the customer's address and name", () => {
    expect(flowsAtIn(flows, 'src/register.js')(7)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("logs no one's data where it logs the provider it chose from the environment", () => {
    expect(flows.filter((f) => f.location.file === 'src/mail-service.js' && f.location.line === 15)).toEqual([]);
  });
});

describe('an instance of a class of the same module, called there', () => {
  it("is followed to the class's method and on to its transport", () => {
    expect(flowsAtIn(flows, 'src/notifier.ts')(17)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('a geocoding helper building its query part by part (`parts.push(a)`, `parts.join(\', \')`)', () => {
  it("hands Mapbox the caller's street, town and postcode", () => {
    expect(flowsAtIn(flows, 'src/geocode.ts')(17)).toEqual([['mapbox', ['address']]]);
    expect(flowsAtIn(flows, 'src/candidates.ts')(5)).toEqual([['mapbox', ['address']]]);
  });
});

describe('a file write', () => {
  it("to a log file is logging: a security logger's callers log the address they hand it", () => {
    const logged = flows.filter((f) => f.location.file === 'src/login.js' && f.location.line === 5);
    expect(logged.map((f) => [f.sinkKind, f.sinkId, f.categories])).toEqual([['logs', 'log-file', ['email']]]);
  });

  it('elsewhere stays a file export', () => {
    expect(flowsAtIn(flows, 'src/security-log.js')(14)).toEqual([['fs-export', ['email']]]);
  });
});

describe("a text sender's message, logged", () => {
  const logged = (line: number) =>
    flows.filter((f) => f.sinkKind === 'logs' && f.location.file === 'src/sms-stub.ts' && f.location.line === line).map((f) => f.categories);

  it("shows the number where the function named for sending logs the message's `to`", () => {
    expect(logged(9)).toEqual([['phone']]);
  });

  it("shows nothing where the function is not named for sending, or logs the message's text", () => {
    expect(logged(10)).toEqual([]);
    expect(logged(15)).toEqual([]);
  });
});
