/** How a callee's name is read for a recipient (src/flows/named-recipient.ts): the words that decide, and those that must not. */
import { describe, expect, it } from 'vitest';
import { mayHandOn, recipientByName, wordsOf } from '../../src/flows/named-recipient.js';

describe('recipient by name', () => {
  it('splits identifiers into words', () => {
    expect(wordsOf('_emailService')).toEqual(['email', 'service']);
    expect(wordsOf('NewsletterService')).toEqual(['newsletter', 'service']);
    expect(wordsOf('send_SMS_code')).toEqual(['send', 'sms', 'code']);
    expect(wordsOf('SMTPClient')).toEqual(['smtp', 'client']);
  });

  it('reads a service named for a recipient, nearest receiver first', () => {
    expect(recipientByName('this._emailService.sendEmail')).toEqual({ kind: 'email', name: '_emailService' });
    expect(recipientByName('emailQueue.add')).toEqual({ kind: 'email', name: 'emailQueue' });
    expect(recipientByName('NewsletterService.getProvider.register')).toEqual({ kind: 'email', name: 'NewsletterService' });
    expect(recipientByName('paymentProcessor.createCheckoutSession')).toEqual({ kind: 'payments', name: 'paymentProcessor' });
    expect(recipientByName('analytics.identify')).toEqual({ kind: 'analytics', name: 'analytics' });
    expect(recipientByName('this.smsService.sendCode')).toEqual({ kind: 'sms', name: 'smsService' });
    // A function named for a delivery, without a receiver.
    expect(recipientByName('sendEmailAsync')).toEqual({ kind: 'email', name: 'sendEmailAsync' });
  });

  it('does not read data, stores, checks or renderings as recipients', () => {
    // The data itself, and a schema or helper named after it.
    expect(recipientByName('email.substring')).toBeUndefined();
    expect(recipientByName('ZUserEmail.safeParse')).toBeUndefined();
    expect(recipientByName('obfuscateCustomerEmail')).toBeUndefined();
    expect(recipientByName('canSeeEmail')).toBeUndefined();
    expect(recipientByName('authClient.signIn.email')).toBeUndefined();
    // A store or a check, even on a mail service.
    expect(recipientByName('this.emailRepository.create')).toBeUndefined();
    expect(recipientByName('this.mailService.getTemplate')).toBeUndefined();
    expect(recipientByName('this.mailService.isBlocked')).toBeUndefined();
    expect(recipientByName('emailService.previewEmail')).toBeUndefined();
    // A tracker is as often a time or issue tracker.
    expect(recipientByName('tracker.track')).toBeUndefined();
    // A table of the app's own database, whatever it is named for.
    expect(recipientByName('prismadb.crm_Leads.create')).toBeUndefined();
    expect(recipientByName('tx.smsMessages.createMany')).toBeUndefined();
    // A conversion inside an SMS service (`this.toMsisdn(sms.to)`), whatever letter follows `to`.
    expect(recipientByName('SMSService.toMsisdn')).toBeUndefined();
    expect(recipientByName('smsService.toE164')).toBeUndefined();
  });

  it('keeps as possibly handed on only calls that do not read, check or store', () => {
    expect(mayHandOn('this.temporal.client.workflow.signalWithStart')).toBe(true);
    expect(mayHandOn('helper.isValid')).toBe(false);
    expect(mayHandOn('this.users.findByEmail')).toBe(false);
    expect(mayHandOn('this.repository.save')).toBe(false);
  });
});
