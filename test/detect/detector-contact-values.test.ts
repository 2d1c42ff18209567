/**
 * Session 7's conventions (issue 11), each from training misses and false positives seen in more than one code base,
 * each with a positive case and the trap it must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a PayPal account', () => {
  it("is an email address in a customer's or an address book's record", () => {
    expect(categories('paypal', { container: ['customer_affiliate'], type: 'varchar(64)', siblings: ['customer_id', 'company', 'website', 'paypal', 'cheque'] })).toEqual(['email']);
    expect(categories('paypal', { container: ['adresse'], type: 'varchar(255)', siblings: ['name', 'strasse', 'ort', 'email', 'paypal'] })).toEqual(['email']);
  });

  it('leaves PayPal settings, tokens and currencies out', () => {
    expect(categories('paypal', { container: ['settings'], type: 'varchar(255)', siblings: ['paypal', 'stripe'] })).toEqual([]);
    expect(categories('paypal_token', { container: ['orders'], type: 'varchar(255)', siblings: ['email', 'paypal_token'] })).toEqual([]);
    expect(categories('paypal', { container: ['payment_methods'], type: 'varchar(255)', siblings: ['paypal', 'card'] })).toEqual([]);
  });
});

describe('the text of a mail', () => {
  it('is no email address (emailtext, mail_text, email_text)', () => {
    expect(categories('kundenbef_emailtext', { container: ['standort'], type: 'text', siblings: ['name', 'kundenbef_emailtext'] })).toEqual([]);
    expect(categories('dta_mail_text', { container: ['gruppen'], type: 'text', siblings: ['name', 'dta_mail_text'] })).toEqual([]);
    expect(categories('email_text', { container: ['customers'], type: 'text', siblings: ['first_name', 'email_text'] })).toEqual([]);
  });

  it('still reads the address itself beside it', () => {
    expect(categories('email', { container: ['standort'], type: 'varchar(255)', siblings: ['name', 'email', 'emailtext'] })).toEqual(['email']);
    expect(categories('dta_mail', { container: ['adresse'], type: 'varchar(255)', siblings: ['name', 'strasse', 'dta_mail'] })).toEqual(['email']);
  });
});

describe("a person's own contact", () => {
  it("is no contact person's name in a user's or a contact's record", () => {
    expect(categories('contact', { container: ['users'], type: 'String', siblings: ['first_name', 'last_name', 'email', 'contact'] })).not.toContain('name');
    expect(categories('contact', { container: ['customercontacts'], type: 'varchar(255)', siblings: ['customerid', 'name', 'contact', 'type'] })).not.toContain('name');
  });

  it("still reads a customer's or a supplier's contact as its contact person's name", () => {
    expect(categories('contact', { container: ['customers'], type: 'text', siblings: ['name', 'email', 'contact', 'street'] })).toEqual(['name']);
    expect(categories('contact', { container: ['suppliers'], type: 'string', siblings: ['name', 'address', 'contact', 'phone'] })).toEqual(['name']);
  });
});
