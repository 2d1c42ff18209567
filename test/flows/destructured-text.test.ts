/**
 * Names destructured from what a message-text function returned (text-result-member.ts): `const { subject, content } =
 * registrationMailContent(user.firstName, user.lastName, link)` sends the person's name in the mail's text, as a member
 * read of the result (`result.content`) already did; the same names taken from a look-up's result carry nothing. The real
 * scan of fixtures/flows/destructured-text; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('destructured-text');
const inInvitations = () => flows.filter((f) => f.location.file === 'src/invitations.ts').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('a text destructured from what a text function made', () => {
  it('holds what the function was given', () => {
    expect(inInvitations()).toContainEqual([10, 'nodemailer', ['email', 'name']]);
  });

  it('holds nothing where it was looked up', () => {
    expect(inInvitations()).toEqual([[10, 'nodemailer', ['email', 'name']]]);
  });
});
