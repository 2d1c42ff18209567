/**
 * A vendor's client handed out by a dependency-injection container (session 33, src/scan/code/injected-instance.ts):
 * `Container.get(LinearClient)` is a Linear client and `Container.get<Transporter>('email')` a nodemailer transport,
 * so their calls are the vendors' (not a mail inferred from a method's name); the app's own service asked of the same
 * container is no client. The real scan of fixtures/flows/catalogue/injected-client.ts.
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

const at = await flowsAt('catalogue', 'injected-client.ts');

describe("a container's instance of a vendor's class or type", () => {
  it('is the vendor asked for by its class', () => {
    expect(at(18)).toEqual([['linear', ['name']]]);
  });

  it('is the vendor asked for by its type', () => {
    expect(at(21)).toEqual([['nodemailer', ['email']]]);
  });

  it("is nothing for the app's own service", () => {
    expect(at(22)).toEqual([]);
  });
});
