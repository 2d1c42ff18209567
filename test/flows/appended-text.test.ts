/**
 * Text appended to a local (appended-text.ts): `content += \`<p>Vorname: ${user.firstName}</p>\`` is part of the mail
 * body sent as `html: content`; text appended with a count carries nothing. Also a mail helper's recipient parameter
 * called `address` (mailbox-address.ts): an email address at the send and at its callers, never a postal one. The real
 * scans of fixtures/flows/appended-text and fixtures/flows/static-members; expectations.test.ts checks ESLint
 * reports the same.
 */
import { describe, expect, it } from 'vitest';
import { isMailboxAddress } from '../../src/flows/mailbox-address.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

describe('a local built with +=', () => {
  it('carries what is appended to it', async () => {
    const flows = await scanFlowFixture('appended-text');
    expect(flows.map((f) => [f.location.line, f.sinkId, f.categories, f.expressions])).toEqual([[10, 'nodemailer', ['name'], ['user.firstName']]]);
  });
});

describe("a mail's recipient called address", () => {
  it('is an email address at the send and at the caller', async () => {
    const flows = await scanFlowFixture('static-members');
    expect(flows.map((f) => [f.location.file, f.location.line, f.categories])).toEqual([
      ['src/mail-service.js', 9, ['email']],
      ['src/booking-service.js', 8, ['email']],
    ]);
  });

  it('keeps its reading under any other role', () => {
    expect(isMailboxAddress('address', 'email')).toBe(true);
    expect(isMailboxAddress('booking.mailAddress', 'email')).toBe(true);
    expect(isMailboxAddress('address', 'phone')).toBe(false);
    expect(isMailboxAddress('user.addressLine', 'email')).toBe(false);
  });
});
