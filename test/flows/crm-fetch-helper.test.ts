/**
 * A CRM layer written over the app's own request helper, the API's base in a constant (session 29, from a Dutch fleet
 * manager's HubSpot module): `hsFetch(\`${HS_BASE}/crm/v3/objects/contacts\`, { body })` reaches HubSpot, so every
 * contact function is a wrapper and its callers hand it the driver's data; a look-up by email (`searchContactByEmail`)
 * returns an id, not the address; a company written by `createCompany` is an organisation's name and address. And a
 * module of text helpers importing nothing, whose function writes its parameter tidied (`${guestName.trim()}`, the
 * other branch a local text), fills a positional message argument. The real scan of fixtures/flows/crm-fetch-helper.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('crm-fetch-helper');
const approve = flowsAtIn(flows, 'src/routes/approve-order.ts');
const hubspot = flowsAtIn(flows, 'src/lib/hubspot.ts');

describe("a CRM layer over the app's own request helper", () => {
  it('reaches the vendor named by the constant base of every URL the helper is given', () => {
    expect(hubspot(30)).toEqual([['hubspot', ['email']]]);
    expect(hubspot(44)).toEqual([['hubspot', ['email', 'name', 'phone']]]);
  });

  it("reports the driver's data where it enters the contact functions", () => {
    expect(approve(17)).toEqual([['hubspot', ['email']]]);
    expect(approve(20)).toEqual([['hubspot', ['email', 'name', 'phone']]]);
  });

  it("does not take a company's name and address for a person's, in the caller or in the function", () => {
    expect(approve(27)).toEqual([]);
    expect(hubspot(54)).toEqual([]);
  });

  it('does not take the id a look-up by email returns for the address', () => {
    expect(approve(28)).toEqual([]);
  });
});

describe("a text helper module's function in a positional message", () => {
  it("carries the guest's name it writes, beside the member's phone", () => {
    expect(flowsAtIn(flows, 'src/routes/register-guest.ts')(8)).toEqual([['twilio', ['name', 'phone']]]);
  });
});
