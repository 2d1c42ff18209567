/**
 * A vendor's client exported as a lazy Proxy (session 30, from a German day-care app's Stripe and Anthropic clients):
 * `new Proxy({} as Stripe, { get: (_, prop) => getStripe()[prop] })` is a Stripe client wherever it is imported, as
 * a value typed `Stripe` is. The real scan of fixtures/flows/lazy-proxy-client.
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

const at = await flowsAt('lazy-proxy-client', 'src/app/api/payments/route.ts');

describe('a client exported as a lazy Proxy', () => {
  it("reaches the vendor its target is asserted to be", () => {
    expect(at(5)).toEqual([['stripe', ['email', 'name']]]);
  });
});
