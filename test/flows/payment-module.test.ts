/**
 * A payment module written by the app (session 32, from a Brazilian marketplace's NestJS monorepo): a client class
 * named for its vendor posts to a base its options give (`${this.url}/v3/payments`, the URL an enum of the vendor's
 * hosts chosen at registration), and an injected service exposes it as a public field (`asaasService.charge`). The
 * class's name says whose server it is; a call through the field reaches the field's class. A class named for a vendor
 * that posts to the app's own path stays the app's. The real scan of fixtures/flows/payment-module.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('payment-module');

describe("a vendor's client class written by the app, reached through a service's field", () => {
  it("reports the caller's customer at the vendor the client class is named for", () => {
    expect(flowsAtIn(scanned, 'src/orders/orders.service.ts')(8)).toEqual([['asaas', ['email', 'name']]]);
  });

  it("keeps a vendor-named class's own relative path the app's", () => {
    expect(flowsAtIn(scanned, 'src/stripe/stripe-events.forwarder.ts')(12)).toEqual([]);
    expect(scanned.filter((f) => f.location.file?.startsWith('src/stripe/'))).toEqual([]);
  });
});
