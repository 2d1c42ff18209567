/**
 * Session 49's shapes, each from a fresh flow set's first run:
 * - a template that fills a `content` local and hands it to the same file's base layout (`return
 *   getEmailBaseTemplate(content, preheader)`) is text of what it reads, so a mail sent with it holds the booking's
 *   name, phone and address (text-function-members.ts `isOwnLayoutOfText`); a Spanish camper rental's booking mails;
 * - a mail helper's own `to` written into a message the helper builds itself (Gmail's raw RFC 2822 message) takes a
 *   mailer's `to` role, so a caller's `to: input.to` is an address (inferred-mail-roles.ts `recipientKeyRole`); a
 *   Danish cleaning firm's inbox;
 * - an id handed to a helper that looks up the addresses it mails is no address (`accountOwnerUserId`, id-name.ts),
 *   and a check that an alert went out already (`.from('notifications').select('id')`) is no worker reading a queue
 *   table (outbox-table.ts `selectsIdsOnly`); a US field-service app's ops alerts;
 * - a mail chosen by kind from the file's table of text functions (`EMAIL_TEMPLATES[type](emailData)`) writes what
 *   any of them reads (text-function-members.ts `lookedUpTextFunctions`); the Danish firm's subscription mails.
 * The real scan of fixtures/flows/session49; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session49');

describe("a template wrapping a content local in the file's layout", () => {
  const mail = flowsAtIn(flows, 'layout-local/mail.ts');

  it('holds what the template reads of the booking', () => {
    expect(mail(11)).toContainEqual(['nodemailer', ['address', 'email', 'name', 'phone']]);
  });

  it('makes no text where the function handed the content returns something else', () => {
    expect(mail(17)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("a mail helper's own recipient key", () => {
  const router = flowsAtIn(flows, 'gmail-raw/email-router.ts');

  it("is an address at the caller, though the helper writes it into a raw message", () => {
    expect(router(12)).toEqual([['gmail', ['email']]]);
  });

  it("is the system's where the caller hands it the environment's address", () => {
    expect(router(16)).toEqual([]);
  });
});

describe('an alert whose helper looks up its recipients', () => {
  const jobs = flowsAtIn(flows, 'ops-alert/jobs.ts');

  it("is no address at the caller that hands over the owner's id, only the name the body carries", () => {
    expect(jobs(15)).toEqual([['resend', ['name']]]);
  });

  it('is not reached through a notifications table the helper only checks by id', () => {
    expect(jobs(13)).toEqual([]);
  });

  it('keeps the address an id is where the helper writes the id as it came (users keyed by their email)', () => {
    expect(flowsAtIn(flows, 'ops-alert/verify.ts')(13)).toEqual([['resend', ['email']]]);
  });
});

describe("a mail chosen from the file's table of text functions", () => {
  const subscriptions = flowsAtIn(flows, 'template-table/subscription-email.ts');

  it('writes what any of its functions reads of the data', () => {
    expect(subscriptions(24)).toEqual([['postmark', ['email', 'name']]]);
  });

  it('is no table of mails where a member is no text function', () => {
    expect(subscriptions(30)).toEqual([['postmark', ['email']]]);
  });
});
