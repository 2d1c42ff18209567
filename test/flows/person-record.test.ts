/**
 * A person's record (person-record.ts): beside a person's email or phone in one object, a bare `name` is the
 * person's name; a team's name stays a team's. The real scan of fixtures/flows/person-record;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('person-record');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/contact.controller.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("a person's record", () => {
  it("reads `name` beside the sender's email and phone as their name", () => {
    expect(at(14)).toEqual([['resend', ['email', 'name', 'phone'], ['dto.email', 'dto.name', 'dto.phone']]]);
  });

  it("leaves a team's name a team's, and `name` without an address or phone unread", () => {
    expect(at(20)).toEqual([['resend', ['email'], ['owner.email']]]);
    expect(at(25)).toEqual([]);
  });
});
