/**
 * The records a service's own method collects (own-collection-result.ts): `recipients: await this.getReviewers(people)`
 * filling a local list with `Recipient.create({ … })`, an object's own `getRecipients` mapping members to records, and
 * a list de-duplicated into a second one and filtered: each hands over the addresses and names it gathers; a method
 * collecting ids hands back nothing. The real scan of fixtures/flows/own-collection-result; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('own-collection-result');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/notifications.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a service's own method collecting records", () => {
  it('hands over what a local list filled by push holds', () => {
    expect(at(41)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("hands over what an object's own method maps the members to, empty list or not", () => {
    expect(at(63)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('follows a list walked and pushed on into another, then filtered', () => {
    expect(at(84)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('leaves a method collecting ids unread', () => {
    expect(flows.filter((f) => f.location.file === 'src/notifications.ts' && (f.location.line ?? 0) >= 44 && (f.location.line ?? 0) <= 50)).toEqual([]);
  });
});
