/**
 * A key read back from a local object (src/flows/local-members.ts): the real scan of
 * fixtures/flows/http/sms-gateway.ts and texts-bundle.js (session 34: the object a local function of the handler
 * returns), whose `privmap-expect` comments ESLint meets too (expectations.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('http');
const at = (line: number) => flows.filter((f) => f.location.file === 'sms-gateway.ts' && f.location.line === line);
const bundle = (line: number) => flows.filter((f) => f.location.file === 'texts-bundle.js' && f.location.line === line);

describe('keys read back from a local object', () => {
  it('reads options.destinataires as the phone number it was written with, in a URL held in a local', () => {
    expect(at(14).map((f) => [f.sinkId, f.host, f.categories, f.expressions])).toEqual([['http', 'sms.gateway-example.com', ['phone'], ['message.phoneNumber']]]);
  });

  it('reads nothing personal where the keys hold settings', () => {
    expect(at(20)).toEqual([]);
  });

  it("reads a member of the texts a local function returns as the text it was written with (the customer's name)", () => {
    expect(bundle(13).map((f) => f.categories)).toEqual([['email', 'name']]);
    expect(bundle(13)[0]!.expressions).toContain('customer_name');
  });

  it("reads nothing into the members of another function's result", () => {
    expect(bundle(17)).toEqual([]);
  });
});
