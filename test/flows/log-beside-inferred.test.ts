/**
 * A mail service that logs the message where it does not send it (named-recipient.ts): its log call does not hide
 * the call privmap cannot follow (a message broker's publish), so the recipient its name says is still inferred.
 * The real scan of fixtures/flows/log-beside-inferred; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('log-beside-inferred');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/registration.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]).sort();

describe('a mail service that also logs', () => {
  it('infers the mail service beside the log flow where the body hands the mail to a call privmap cannot follow', () => {
    expect(at(13)).toEqual([['console', ['email']], ['inferred-email', ['email']]]);
  });

  it('infers nothing where the body only logs', () => {
    expect(at(19)).toEqual([['console', ['email']]]);
  });
});
