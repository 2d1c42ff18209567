/**
 * A vendor's client lent to a callback (session 33, from a Q&A SaaS's PostHog tracking): `withPostHog(fn)` makes the
 * client, calls `fn(client)` and shuts it down, so `withPostHog(async (client) => client.capture(…))` in another
 * module is a PostHog call, and the names its caller hands the tracker reach PostHog. A helper lending its callback
 * a number makes nothing of it. The real scan of fixtures/flows/lent-client.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('lent-client');

describe("a vendor's client a helper lends its callback", () => {
  it("links the callback's calls on it to the vendor", () => {
    expect(flowsAtIn(scanned, 'src/analytics/track-signup.ts')(6)).toEqual([['posthog', ['email']]]);
  });

  it("reports the caller's names handed on to the tracker", () => {
    expect(flowsAtIn(scanned, 'src/routes/signup.ts')(6)).toEqual([['posthog', ['name']]]);
  });

  it('links nothing of a callback given a value that is no client', () => {
    expect(flowsAtIn(scanned, 'src/analytics/track-signup.ts')(9)).toEqual([]);
  });
});
