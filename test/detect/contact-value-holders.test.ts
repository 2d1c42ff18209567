/**
 * Session 8's contact conventions (issue 11, email, phone and address): fields that hold the datum though no word of
 * their own name says which, each with the trap it must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const sorted = (list: string[] | undefined) => [...new Set(list ?? [])].sort();

describe('a contact record with its kind beside the value', () => {
  it('holds a phone number or an email address in its value, in any language', () => {
    expect(categories('contact', { container: ['customercontacts'], type: 'varchar(255)', siblings: ['id', 'customerid', 'name', 'contact', 'type'] }).sort()).toEqual(['email', 'phone']);
    const found = scanned(`
      export interface IContacto { tipo: string; valor: string; activo: boolean }
      export interface Kontakt { typ: string; wert: string }
      export interface Contatto { tipo: string; valore: string }
    `);
    expect(sorted(found.valor)).toEqual(['email', 'phone']);
    expect(sorted(found.wert)).toEqual(['email', 'phone']);
    expect(sorted(found.valore)).toEqual(['email', 'phone']);
  });

  it("is no contact point when the record has an email or a phone of its own (a person's record), nor without a kind", () => {
    // `contacts(name, email, phone, address, type)`: the address is the postal address.
    expect(categories('address', { container: ['contacts'], type: 'text', siblings: ['name', 'email', 'phone', 'address', 'type'] })).toEqual(['address']);
    expect(categories('value', { container: ['contacts'], type: 'text', siblings: ['id', 'label', 'value'] })).toEqual([]);
    expect(categories('value', { container: ['settings'], type: 'text', siblings: ['type', 'value'] })).toEqual([]);
  });
});

describe('a value object named for the datum', () => {
  it('holds it in its value (`class EmailAddress { value }`, `Telefono { valor }`, `Direccion { valor }`)', () => {
    const found = scanned(`
      export class EmailAddress { private readonly value: string; }
      export interface PhoneNumber { value: string }
      export interface Telefono { valor: string }
      export interface Direccion { valor: string; codigoPostal: string }
    `);
    expect(found.value).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(sorted(found.valor)).toEqual(['address', 'phone']);
  });

  it('leaves the kinds, templates, counters and records about the datum out', () => {
    for (const container of ['EmailTemplate', 'AddressType', 'PhoneStatus', 'EmailVerification', 'ColdEmail', 'EmailFilter']) {
      expect(categories('value', { container: [container], type: 'string', siblings: ['value'] }), container).toEqual([]);
    }
    expect(categories('value', { container: ['EmailAddress'], type: 'number', siblings: ['value'] })).toEqual([]);
  });
});

describe("a mail's recipient addresses and the email lexicon's plurals", () => {
  it('reads recipients named for the mail or the address (`mail_recipients`, `toAddresses`) as emails', () => {
    expect(categories('mailing_recipients', { container: ['mailing_history'], type: 'longtext', siblings: ['id', 'subject', 'mailing_recipients'] })).toEqual(['email']);
    expect(categories('toAddresses', { container: ['OutgoingMessage'], type: 'string[]', siblings: ['subject', 'toAddresses'] })).toEqual(['email']);
  });

  it("reads a message's copy recipients (`ccRecipients`, `bcc_recipients`) as emails, their ids, entities and counts not", () => {
    expect(categories('ccRecipients', { container: ['MessageResponse'], type: 'string[]', siblings: ['id', 'subject', 'recipients', 'ccRecipients'] })).toEqual(['email']);
    expect(categories('bcc_recipients', { container: ['mails'], type: 'text', siblings: ['id', 'subject', 'bcc_recipients'] })).toEqual(['email']);
    expect(categories('ccRecipientIds', { container: ['Message'], type: 'string[]', siblings: ['id', 'subject', 'ccRecipientIds'] })).toEqual([]);
    expect(categories('ccRecipients', { container: ['Message'], type: 'User[]', siblings: ['id', 'subject', 'ccRecipients'] })).toEqual([]);
    expect(categories('ccRecipientsCount', { container: ['Message'], type: 'number', siblings: ['id', 'subject', 'ccRecipientsCount'] })).toEqual([]);
  });

  it("leaves a campaign's `mail_to` (its audience) and a mailing list's name out", () => {
    expect(categories('mail_to', { container: ['marketing_campaigns'], type: 'string', siblings: ['name', 'subject', 'mail_to', 'customer_group_id'] })).toEqual([]);
    expect(categories('mailing_list', { container: ['newsletters'], type: 'string', siblings: ['name', 'mailing_list'] })).toEqual([]);
  });

  it('reads the address word after the term in other languages, and Spanish plurals', () => {
    expect(categories('sahkoposti_osoite', { container: ['henkilo'], type: 'varchar(255)', siblings: ['etunimi', 'sahkoposti_osoite'] })).toEqual(['email']);
    expect(categories('emailAdressen', { container: ['Person'], type: 'string[]', siblings: ['vorname', 'emailAdressen'] })).toEqual(['email']);
    expect(categories('correos', { container: ['Persona'], type: 'string[]', siblings: ['nombre', 'correos'] })).toEqual(['email']);
  });
});

describe('a phone typed in the international format', () => {
  it("is a phone (`phone: E164Number`, libphonenumber's type; `e164: string`)", () => {
    const found = scanned(`
      export interface Contact { phone: E164Number; e164: string; }
    `);
    expect(found.phone).toEqual(['phone']);
    expect(found.e164).toEqual(['phone']);
  });
});
