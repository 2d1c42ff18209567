/**
 * Session 36's shapes, from the training sets' flows found short of a name: a mail's text made by a sibling method of
 * an object literal reached through `this` (`html: this.generatePaymentConfirmationHtml(order, customer)` inside
 * `export const EmailService = { … }`, text-function-members.ts `calledTextFunction`); the members such a text function,
 * a class's own method or a top-level function of the file reads of the wrapper's parameter, which now reach the message
 * as that parameter's keys so a caller handing a loaded record is read by them (flow-facts.ts `paramVisitor`); and a
 * name's default picked by a condition between two written texts (`name || (locale === 'en' ? 'Football Fan' :
 * 'Voetbalfan')`, roles.ts `isWrittenDefault`). From a fresh set read after its first run (zenora): a digest of Node's
 * hash or HMAC (`crypto.createHash('sha256').update(email).digest('hex')`) and a local named for a hash (`hashedEmail`)
 * carry no address (sanitisers.ts), and Stripe Connect's `accounts.create` onboarding a seller is a Stripe call
 * (rules/sinks/payments.yml), while a business's mailbox stays the business's under a tidying method and a written
 * default (`business.email?.trim() || undefined`, roles.ts `tidiedValue`). The real scan of fixtures/flows/session36;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session36');
const mails = flowsAtIn(flows, 'src/payment-mails.ts');
const webhook = flowsAtIn(flows, 'src/webhook.ts');
const waitlist = flowsAtIn(flows, 'src/waitlist.ts');
const conversions = flowsAtIn(flows, 'src/conversions.ts');
const connect = flowsAtIn(flows, 'src/connect.ts');

describe("a mail's text made by a sibling method of an object literal", () => {
  it("names the customer at the send: `this` is the object the method belongs to", () => {
    expect(mails(12)).toEqual([['resend', ['email', 'name']]]);
  });

  it('adds nothing when the text reads only the order', () => {
    expect(mails(23)).toEqual([['resend', ['email']]]);
  });
});

describe('a caller handing a loaded record to a wrapper whose text function reads its members', () => {
  it("hands over the name the object literal's text method writes", () => {
    expect(webhook(9)).toEqual([['resend', ['email', 'name']]]);
  });

  it('hands over only the address when the text reads nothing of the customer', () => {
    expect(webhook(11)).toEqual([['resend', ['email']]]);
  });

  it("hands over the name a class's own text method writes", () => {
    expect(webhook(13)).toEqual([['resend', ['email', 'name']]]);
  });

  it("hands over the name the file's top-level text function writes", () => {
    expect(webhook(15)).toEqual([['resend', ['email', 'name']]]);
  });
});

describe("a name's default written in place", () => {
  it('keeps the name the person\'s when the default is one of two texts picked by a condition', () => {
    expect(waitlist(14)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('is no name when only the written texts are handed over', () => {
    expect(waitlist(16)).toEqual([['nodemailer', ['email']]]);
  });
});

describe('an address hashed before it is sent', () => {
  it("is no one's address when it is a digest of Node's hash", () => {
    expect(conversions(6)).toEqual([]);
  });

  it('is no one\'s address when the local holding it is named for the hash', () => {
    expect(conversions(16)).toEqual([]);
  });

  it('is the address when it is sent as it is', () => {
    expect(conversions(25)).toEqual([['http', ['email']]]);
  });
});

describe('a Stripe Connect account made for one person', () => {
  it("sends the coach's address to Stripe", () => {
    expect(connect(8)).toEqual([['stripe', ['email']]]);
  });

  it("sends nothing of anyone's when the account is a business's, its mailbox tidied and defaulted", () => {
    expect(connect(14)).toEqual([]);
  });
});
