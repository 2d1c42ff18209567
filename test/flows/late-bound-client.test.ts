/**
 * A client given to a `let` after its declaration (late-bound-client.ts): `let resend; try { resend = await
 * resendHelper() } catch { … }` then `resend.emails.send({ to })` reaches Resend; a local given a draft object the
 * same way reaches nothing. The real scan of fixtures/flows/late-bound-client; expectations.test.ts checks ESLint
 * reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('late-bound-client');
const inTasks = () => flows.filter((f) => f.location.file === 'src/tasks.ts').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('a client given to a local after its declaration', () => {
  it('is the client the helper makes', () => {
    expect(inTasks()).toContainEqual([12, 'resend', ['email']]);
  });

  it('leaves a local given something else without a sink', () => {
    expect(inTasks()).toEqual([[12, 'resend', ['email']]]);
  });
});
