/**
 * A record the caller stores (or loads) itself and hands whole to a helper that reads the person from it into its own
 * locals (loaded-record.ts, session 13): `const { applicant } = await createApplicant(body); sendConfirmationEmail(
 * applicant)` and `const { patient } = booking` of a loaded booking are flows at the caller; an element of a parameter's
 * list keeps the flow at the helper's send. The real scan of fixtures/flows/stored-record; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('stored-record');
const route = flows.filter((f) => f.location.file === 'src/applications-route.ts');

describe('a record the caller stores or loads itself', () => {
  it('is reported at the caller, with the members the helper reads', () => {
    expect(route.map((f) => [f.location.line, f.sinkId, f.categories])).toEqual([
      [11, 'nodemailer', ['email', 'name']],
      [19, 'nodemailer', ['email', 'name']],
    ]);
  });

  it("is not an element of a parameter's list: the helper's own send stays the flow", () => {
    expect(route.filter((f) => (f.location.line ?? 0) > 19)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/confirmation-mail.ts').map((f) => f.location.line)).toEqual([15]);
  });
});
