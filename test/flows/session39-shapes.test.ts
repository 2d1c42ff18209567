/**
 * Session 39's shapes, from the first run of two fresh sets (a German barbershop's contact route, a Portuguese salon's
 * Stripe customers) and a training set's log misses: the fields a route handler destructures from its parsed request
 * body name the same person (`const { name, email, phone } = body`: name-beside-destructured.ts, now also where the body
 * is read whole from the request); a payment provider's customer keys describe the customer, so its bare `name` is the
 * customer's (payments.yml `create:$0: person`); and a function named for sending a text logs the number where it
 * logs its message's `to` (`sendSMS(data)` → `data.to`, log-recipients.ts `noteRecipientParameters`). The real scan of
 * fixtures/flows/session39; expectations.test.ts checks ESLint reports the same.
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
