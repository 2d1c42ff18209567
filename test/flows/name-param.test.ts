/**
 * A wrapper's parameter called only `name` beside one named for an email address is the person's name
 * (name-beside-address-param.ts, session 11, from Worklenz's `sendWelcomeEmail(email, name)`), and a list of
 * recipients joined into one `to` header is still those addresses where the adapter logs them (log-recipients.ts,
 * Potentiel's SMTP adapter). The real scans of fixtures/flows/wrappers/name-param and fixtures/flows/log-recipients;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

describe("a wrapper's bare name parameter beside an address", () => {
  it("makes the caller's value the person's name, whatever it is called", async () => {
    const flows = (await scanFlowFixture('wrappers/name-param')).filter((f) => f.location.file === 'src/sign-up.ts');
    expect(flows.map((f) => [f.location.line, f.sinkId, f.categories])).toEqual([
      [7, 'nodemailer', ['email', 'name']],
      [9, 'nodemailer', ['email']],
    ]);
  });
});

describe('recipients joined into one header', () => {
  it('are the addresses the adapter logs after the send, and their count is not', async () => {
    const logs = (await scanFlowFixture('log-recipients')).filter((f) => f.sinkKind === 'logs' && f.location.file === 'src/smtp-adapter.ts');
    expect(logs.map((f) => [f.location.line, f.categories])).toEqual([[12, ['email']]]);
  });
});
