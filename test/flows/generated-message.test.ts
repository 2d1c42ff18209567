/**
 * A function named for making a mail from its data (generated-message.ts): `generatePatientCancellationEmail({
 * patientName })` returns the mail's HTML holding the patient's name, so sending it hands the name over; storing a
 * draft (`createEmail(…)`) hands back a row. The real scan of fixtures/flows/generated-message; expectations.test.ts
 * checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { isGeneratedMessage } from '../../src/flows/generated-message.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('generated-message');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/appointments.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a function named for making a mail', () => {
  it('carries what it was given into the HTML the wrapper sends', () => {
    expect(at(7)).toEqual([['resend', ['email', 'name'], ['patient.email', 'patient.fullName']]]);
  });

  it("leaves a stored draft's row unread", () => {
    expect(at(14)).toEqual([['resend', ['email'], ['author.email']]]);
  });

  it('reads the name: a verb of making first, a word for a message last', () => {
    for (const name of ['generateWelcomeEmail', 'generatePatientCancellationEmail', 'makeReminderMessage', 'writeInviteMail', 'emails.generatePasswordResetEmail', 'formatReceiptSms']) expect(isGeneratedMessage(name), name).toBe(true);
    for (const name of ['createEmail', 'sendWelcomeEmail', 'getEmail', 'validateEmail', 'generateToken', 'generate', 'GenerateEmail', 'generateEmailId']) expect(isGeneratedMessage(name), name).toBe(false);
  });
});
