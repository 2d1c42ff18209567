/**
 * A record handed whole to a wrapper that reads a member of it (record-member.ts): `sendEmailTemplate('welcome',
 * insertedUser)` to a helper sending `to: recipient.email` hands over the user's address at the caller; a helper
 * reading a team's name hands over nothing, and one taking a `user` and reading its address is where the person is read. The real scan of fixtures/flows/record-member; expectations.test.ts checks
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

  it("leaves a record handed to a helper's `user` parameter to the helper's own send", () => {
    expect(flows.filter((f) => f.location.file === 'src/accounts.ts' && (f.location.line ?? 0) > 12)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/email.ts').map((f) => f.location.line)).toEqual([10, 21]);
  });
});
