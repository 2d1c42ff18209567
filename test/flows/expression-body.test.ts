/**
 * Factories written as arrows with an expression body (expression-body.ts): `export const stripe = () => new
 * Stripe(key)` hands out a Stripe client, so `stripe().customers.list({ email })` in another module reaches Stripe,
 * as a factory with a `return` did; an arrow returning the app's own object reaches nothing. The real scan of
 * fixtures/flows/expression-body; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('expression-body');
const inBilling = () => flows.filter((f) => f.location.file === 'src/billing.ts').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('an arrow with an expression body', () => {
  it('is a factory of the client it makes', () => {
    expect(inBilling()).toContainEqual([5, 'stripe', ['email']]);
    expect(inBilling()).toContainEqual([13, 'resend', ['email']]);
  });

  it('leaves an arrow returning the app’s own object without a sink', () => {
    expect(inBilling()).toEqual([[5, 'stripe', ['email']], [13, 'resend', ['email']]]);
  });
});
