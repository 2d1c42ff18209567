/**
 * A function named for a message's text (message-text-function.ts): `clientCancellationTemplate({ clientName })`
 * returns the mail's HTML filled with what it is given, so the mail hands over the client's name; storing a template
 * (`createTemplate(row)`) hands back a row; a mail's plain text made the same way (`subscriptionGrantedText({ customerName })`)
 * carries the name too. The real scan of fixtures/flows/message-text; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { isMessageTextFunction } from '../../src/flows/message-text-function.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('message-text');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/bookings.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a function named for the text of a message', () => {
  it('carries what it was given into the mail it becomes', () => {
    expect(at(8)).toEqual([['nodemailer', ['email', 'name'], ['booking.clientEmail', 'booking.clientName']]]);
  });

  it("leaves a template store's result a row", () => {
    expect(at(15)).toEqual([['nodemailer', ['email'], ['owner.email']]]);
  });

  it("carries a mail's plain text filled by a function named for it (`…Text`, `…Content`)", async () => {
    const text = flows.filter((f) => f.location.file === 'src/subscriptions.ts').map((f) => [f.location.line, f.categories]);
    expect(text).toEqual([[8, ['email', 'name']], [14, ['email']]]);
    for (const name of ['subscriptionGrantedText', 'auditAssignedEmailContent', 'newOwnerEmailText', 'welcomeMessageBody']) expect(isMessageTextFunction(name), name).toBe(true);
    for (const name of ['getText', 'getContent', 'readBody', 'parseBody', 'fileContent', 'text']) expect(isMessageTextFunction(name), name).toBe(false);
  });

  it('reads the name: the last word is the text, the first is no verb of storing, looking up or sending', () => {
    for (const name of ['clientBookingConfirmationTemplate', 'otpTemplate', 'feedbackEmailHtml', 'templates.welcomeTemplate', 'buildSurveyResponseEmailHtml']) expect(isMessageTextFunction(name), name).toBe(true);
    for (const name of ['createTemplate', 'updateTemplate', 'getTemplate', 'sendTemplate', 'template', 'ClientTemplate', 'renderSqlTemplate', 'emailTemplateId']) expect(isMessageTextFunction(name), name).toBe(false);
  });
});
