/**
 * A ports-and-adapters back end's billing and SMS (session 31, from a Brazilian booking SaaS and a pet-resort
 * service): the payment adapter lives in `adapters/out/` (a folder name that is build output only where tools write
 * it); its client's type is declared on the field and its base, a setting named for the vendor, given in the
 * constructor; a fetch client's base is tidied by a function of the file or by `.replace(…) + '/v3'` around a literal
 * default, or a setting named for the vendor by `.replace(…)` (a WhatsApp gateway); a phone number checked by the
 * class's own `validatePhoneNumber` is still the number sent. The real scan of
 * fixtures/flows/billing-adapters.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('billing-adapters');
const billing = flowsAtIn(scanned, 'src/billing/application/billing.service.ts');

describe("a billing adapter in adapters/out and an SMS service's own number check", () => {
  it('reaches the vendor a field-typed client was made for in its constructor', () => {
    expect(billing(9)).toEqual([['asaas', ['email']]]);
    expect(billing(11)).toEqual([['asaas', ['name']]]);
  });

  it("reads the host of a base URL tidied before use", () => {
    expect(billing(13)).toEqual([['asaas', ['email', 'name']]]);
    expect(billing(15)).toEqual([['asaas', ['email']]]);
  });

  it('reads a base URL setting named for the vendor through the replace that tidies it', () => {
    const whatsapp = flowsAtIn(scanned, 'src/notifications/whatsapp.ts');
    expect(whatsapp(8)).toEqual([['uazapi', ['phone']]]);
    expect(whatsapp(14)).toEqual([['z-api', ['phone']]]);
  });

  it("keeps the phone number a check of the class hands back", () => {
    expect(flowsAtIn(scanned, 'src/notifications/reminders.ts')(5)).toEqual([['twilio', ['phone']]]);
  });
});
