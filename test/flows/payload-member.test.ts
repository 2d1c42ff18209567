/**
 * A role a queued job's handler gives a member of the payload's member (payload-member-role.ts): `process(job)` hands
 * `job.data.customer` to a step mailing `customer.email`, so the payload's `data` holds an email address only under
 * the key `email` of one of its values; the queue's callers putting an owner, a session or a job made in a branch in
 * the payload hand over no email address by that role. The real scan of fixtures/flows/payload-member.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('payload-member');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("a role of a member of a job payload's member", () => {
  it('stays with the member the handler reads', () => {
    expect(at('src/journey.processor.ts', 18)).toEqual([['nodemailer', ['email'], ['job.data.customer.email']]]);
    expect(at('src/journey.processor.ts', 23)).toEqual([['nodemailer', ['email'], ['customer.email']]]);
  });

  it("is not put on every value of the queue's payload", () => {
    expect(flows.filter((f) => f.location.file === 'src/journeys.service.ts')).toEqual([]);
  });
});
