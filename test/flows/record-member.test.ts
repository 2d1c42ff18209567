/**
 * A record handed whole to a wrapper that reads a member of it (record-member.ts): `sendEmailTemplate('welcome',
 * insertedUser)` to a helper sending `to: recipient.email` hands over the user's address at the caller; a helper
 * reading a team's name hands over nothing; one taking a `user` and sending to its address as it came reads the caller's record too (session 12). The real scan of fixtures/flows/record-member; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('record-member');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/accounts.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a record handed whole to a wrapper reading its member', () => {
  it("is the member's data, entering at the caller", () => {
    expect(at(12)).toEqual([['nodemailer', ['email'], ['insertedUser.email']]]);
  });

  it('adds nothing where the member read is named for nothing personal', () => {
    expect(at(18)).toEqual([]);
  });

  it("reads a person's record handed to a helper's `user` parameter at the caller too, the helper's send kept (session 12)", () => {
    expect(at(26)).toEqual([['nodemailer', ['email'], ['createdUser.email']]]);
    expect(flows.filter((f) => f.location.file === 'src/accounts.ts' && (f.location.line ?? 0) > 12 && f.location.line !== 26)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/email.ts').map((f) => f.location.line)).toEqual([10, 21]);
  });
});
