/**
 * A key read back from a local object (src/flows/local-members.ts): the real scan of
 * fixtures/flows/http/sms-gateway.ts, whose `privmap-expect` comments ESLint meets too (expectations.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('http');
const at = (line: number) => flows.filter((f) => f.location.file === 'sms-gateway.ts' && f.location.line === line);

describe('keys read back from a local object', () => {
  it('reads options.destinataires as the phone number it was written with, in a URL held in a local', () => {
    expect(at(14).map((f) => [f.sinkId, f.host, f.categories, f.expressions])).toEqual([['http', 'sms.gateway-example.com', ['phone'], ['message.phoneNumber']]]);
  });

  it('reads nothing personal where the keys hold settings', () => {
    expect(at(20)).toEqual([]);
  });
});
