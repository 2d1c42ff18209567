/**
 * A mail's own record whose name ends in a thing's word (`mail_queue`, `email_events`, `queued_email`) is still a mail:
 * its `to` and `cc` are addresses, as its `from` already was (src/detect/classify-field.ts, `mailRecipient`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const mail = (container: string, name: string, siblings = ['id', 'subject', 'body', 'status', 'from', 'to', 'reply_to', 'created_at']) =>
  categories(name, { container: [container], type: 'varchar(255)', siblings });

describe("a mail's own record", () => {
  it('holds addresses in its `to` and `cc` whatever thing word ends its name', () => {
    for (const container of ['mail_queue', 'email_events', 'queued_email', 'MailLog']) {
      expect(mail(container, 'to'), container).toEqual(['email']);
      expect(mail(container, 'cc'), container).toEqual(['email']);
    }
  });

  it("but not its reply-to (a mass mailing's is the sender's side), nor a template's or a mail setting's `to`", () => {
    expect(mail('mail_queue', 'reply_to')).toEqual([]);
    expect(mail('MassEmail', 'reply_to')).toEqual([]);
    expect(mail('mail_template', 'to')).toEqual([]);
    expect(mail('MailSettings', 'to')).toEqual([]);
  });

  it("while a thing's record without a mail word keeps its `to` out (a range, a transfer's other side)", () => {
    expect(mail('number_ranges', 'to', ['id', 'from', 'to', 'prefix'])).toEqual([]);
    expect(mail('event_queue', 'to', ['id', 'payload', 'from', 'to'])).toEqual([]);
  });
});

describe('the recipient written with the mail word (`mail_to`, rules/email.yml `email.to`)', () => {
  it("is an address in a mail's own record", () => {
    expect(mail('MailQueue', 'mail_to')).toEqual(['email']);
    expect(mail('outgoing_mails', 'mailCc')).toEqual(['email']);
  });

  it("but a campaign's `mail_to` is its audience, and a link stays a link", () => {
    expect(categories('mail_to', { container: ['campaigns'], type: 'varchar(255)', siblings: ['id', 'title', 'mail_to', 'starts_at'] })).toEqual([]);
    expect(mail('MailQueue', 'mail_to_id')).toEqual([]);
  });
});
