/**
 * A person's record read a field at a time among a call's arguments (person-record-args.ts):
 * `sendNewMemberEmail(req.name || '', req.email || '', org.name, …)` hands over the person's name beside their
 * address; `team.name` beside the same address stays a team's. The real scan of fixtures/flows/person-record-args;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('person-record-args');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/members.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("an open name beside the same value's email among the arguments", () => {
  it("is that person's name", () => {
    expect(at(8)).toEqual([['nodemailer', ['email', 'name'], ['org.ownerEmail', 'req.email', 'req.name']]]);
  });

  it("leaves a thing's name what it is", () => {
    expect(at(14)).toEqual([['nodemailer', ['email'], ['org.ownerEmail', 'req.email']]]);
  });
});
