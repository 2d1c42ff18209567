/**
 * A class of the project extending a vendor's client without methods of its own (vendor-subclass.ts): `new
 * ShopStripeClient(key)` in another module, handed out by a method of a service, is Stripe's client, so the customer
 * created with it goes to Stripe; a subclass declaring its own methods is the app's, and its method sends nothing. The
 * real scan of fixtures/flows/vendor-subclass; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('vendor-subclass');
const inService = () => flows.filter((f) => f.location.file === 'src/payments.service.ts').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('a configured subclass of a vendor client', () => {
  it('is the vendor client where another module makes it', () => {
    expect(inService()).toContainEqual([12, 'stripe', ['email', 'name']]);
  });

  it('leaves a subclass with methods of its own to the app', () => {
    expect(inService()).toEqual([[12, 'stripe', ['email', 'name']]]);
  });
});
