/**
 * A registry of implementations typed with the project's type (typed-registry.ts): a value looked up in a
 * `Map<K, PaymentStrategy>` or a `Record<K, SmsSender>` is a value of that type, so a method called on it is
 * each implementation's. The real scan of fixtures/flows/typed-registry; expectations.test.ts checks ESLint too.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('typed-registry');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.via, f.categories]);

describe('a value looked up in a typed registry', () => {
  it("reaches each implementation of a Map's value type (the one that sends, not the one that does not)", () => {
    expect(at('src/payment/payment.service.ts', 23)).toEqual([['stripe', ['strategy.createPayment', 'StripeStrategy.createPayment', 'this.stripe.checkout.sessions.create', 'stripe'], ['email']]]);
    // A fixed address is no one's.
    expect(at('src/payment/payment.service.ts', 29)).toEqual([]);
  });

  it("reaches the implementations of a Record's value type", () => {
    expect(at('src/sms/senders.ts', 27).map(([sink, , categories]) => [sink, categories])).toEqual([['twilio', ['phone']]]);
  });
});
