/**
 * A person's whole record written by the caller into a mail's data and filled into its text two wrappers down
 * (record-in-message.ts): `memberJoined({ to: admin.email, data: { member, group } })`, whose service hands the member
 * as the template's context to a mailer rendering the `html` it sends. A group's record names no one, and a record whose
 * only its id reaches a header is not in the text. The real scan of fixtures/flows/record-in-message;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('record-in-message');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/group.service.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("a person's record in a message's data, filled into its text by wrappers", () => {
  it("is the person's email address and name", () => {
    expect(at(9)).toEqual([['nodemailer', ['email', 'name'], ['admin.email', 'member']]]);
  });

  it("is not an organisation's record", () => {
    expect(at(12)).toEqual([['nodemailer', ['email'], ['admin.email']]]);
  });

  it('is not a record whose id alone goes into a header', () => {
    expect(at(15)).toEqual([['nodemailer', ['email'], ['admin.email']]]);
  });
});
