/**
 * Names destructured from `await Promise.all([...])` (promise-all-elements.ts): `const [payments, customer] = await
 * Promise.all([getStripeClient(key), findCustomer(id)])` makes `payments` the client the first element resolves to, so
 * `payments.customers.create({ email })` reaches Stripe; the second element's own method reaches nothing. The real
 * scan of fixtures/flows/promise-all; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('promise-all');
const inCheckout = () => flows.filter((f) => f.location.file === 'src/checkout.ts').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('names destructured from Promise.all', () => {
  it('hold what the element at their place resolves to', () => {
    expect(inCheckout()).toContainEqual([8, 'stripe', ['email']]);
  });

  it('leave a record fetched beside the client without a sink', () => {
    expect(inCheckout()).toEqual([[8, 'stripe', ['email']]]);
  });
});
