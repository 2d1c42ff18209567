/**
 * A client made from a package loaded in place (loaded-module.ts): `new ((await import('stripe')).default)(key)` kept
 * in locals, and the CommonJS `require('stripe')(key)`, are Stripe's clients, so what they are given goes to Stripe.
 * The real scan of fixtures/flows/loaded-module; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('loaded-module')).filter((f) => f.sinkKind !== 'logs');
const at = (file: string) => flows.filter((f) => f.location.file === file).map((f) => [f.location.line, f.sinkId, f.categories]);

describe('a client made from a package loaded in place', () => {
  it("reads `(await import('stripe')).default` as the package, and a refund by id as no one's data", () => {
    expect(at('src/checkout.ts')).toEqual([[7, 'stripe', ['email']]]);
  });

  it("reads `require('stripe')(key)` as the package's client", () => {
    expect(at('src/customers.js')).toEqual([[6, 'stripe', ['email']]]);
  });
});
