/**
 * A record handed whole to a wrapper that sends one of its members (record-member.ts): `sendEmailTemplate(type,
 * user)` whose helper sends `to: recipient.email` hands over the user's address at the caller; a helper reading
 * `value.phone` only to count it (`phone_filled: value.phone.trim().length > 0`) hands over no phone. The real scan
 * of fixtures/flows/record-member; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { recordMember } from '../../src/flows/record-member.js';
import type { ArgFact } from '../../src/flows/module-facts.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('record-member');
const inAuth = () => flows.filter((f) => f.location.file === 'src/auth.ts').map((f) => [f.location.line, f.sinkId, f.categories, f.expressions]);

describe('a record handed whole to a wrapper', () => {
  it("carries the member the wrapper sends in the sink's role", () => {
    expect(inAuth()).toEqual([[9, 'nodemailer', ['email'], ['user.email']]]);
  });

  it("carries nothing where the sink takes the member in no role, the member is a carrier, or the value is the system's or a parameter", () => {
    const user: ArgFact = { categories: [], expressions: [], isVariable: true, text: 'user' };
    const toEmail = { key: 'email', role: 'email', named: ['email'] } as const;
    expect(recordMember(user, toEmail)).toEqual({ categories: ['email'], expression: 'user.email' });
    // No role at the sink, or a carrier (`job.data`) the helper digs the address out of.
    expect(recordMember(user, { key: 'phone', named: ['phone'] })).toBeUndefined();
    expect(recordMember(user, { key: 'data', role: 'email' })).toBeUndefined();
    expect(recordMember({ ...user, isVariable: false, text: 'SETTINGS' }, toEmail)).toBeUndefined();
    expect(recordMember({ ...user, props: { email: user } }, toEmail)).toBeUndefined();
    expect(recordMember({ ...user, isParam: true }, toEmail)).toBeUndefined();
  });
});
