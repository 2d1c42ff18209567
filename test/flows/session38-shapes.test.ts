/**
 * Session 38's shapes, from the training sets' log misses: a function named for sending a text (`sendSms`,
 * `sendWhatsApp`) logs a phone number where it logs its recipient parameter, as one named for a mail logs an address
 * (log-recipients.ts `noteRecipientParameters`); a mail about a payment is a mail (`sendPaymentSuccessEmail`,
 * named-recipient.ts `namedKind`); a client named for WhatsApp that privmap cannot follow sends texts; and a message a
 * project function built, kept in a local and addressed after (`mail.to = user.email; sendEmail(mail)`), goes out with
 * what the builder put in it (flow-facts.ts `filledArgFact`, built-messages.ts `builtArgument`). The real scan of
 * fixtures/flows/session38; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session38');
const logged = (line: number) =>
  flows.filter((f) => f.sinkKind === 'logs' && f.location.file === 'src/message-senders.ts' && f.location.line === line).map((f) => f.categories);

describe("a sender's recipient parameter, logged", () => {
  it('is a phone number in a function named for sending an SMS or a WhatsApp message', () => {
    expect(logged(9)).toEqual([['phone']]);
    expect(logged(17)).toEqual([['phone']]);
  });

  it('is an email address in a function named for a mail about a payment', () => {
    expect(logged(25)).toEqual([['email']]);
  });

  it('is read by its own name in a function named for a payment, not a message', () => {
    expect(logged(30)).toEqual([]);
  });

  it('shows nothing of the number where only its first characters are logged (`to.slice(0, 5)`)', () => {
    expect(logged(36)).toEqual([]);
  });
});

describe("a WhatsApp service's method that records a send in the app's own database", () => {
  it('hands the number to no one', () => {
    expect(flows.filter((f) => f.location.file === 'src/whatsapp-records.ts')).toEqual([]);
  });
});

describe("a message the project's function built, addressed after it was made", () => {
  const sent = flowsAtIn(flows, 'src/signup.ts');

  it("goes out with the builder's text and the address given after", () => {
    expect(sent(11)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("carries the customer's name to the team's own inbox", () => {
    expect(sent(19)).toEqual([['nodemailer', ['name']]]);
  });

  it("is reported where a helper that builds and addresses it is handed the person's data", () => {
    expect(sent(32)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('a client named for WhatsApp that privmap cannot follow', () => {
  it("sends texts: the customer's number and the name in the message", () => {
    expect(flowsAtIn(flows, 'src/whatsapp-confirmations.ts')(6)).toEqual([['inferred-sms', ['name', 'phone']]]);
  });
});
