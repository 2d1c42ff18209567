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

describe('a legal person', () => {
  it("is a legal entity, whose name is an organisation's (RECHTSPERSOON, PessoaJuridica, LegalPerson)", () => {
    const siblings = ['naam', 'emailadres', 'telefoonnummer', 'kvknummer'];
    expect(categories('NAAM', { container: ['RECHTSPERSOON'], type: 'varchar(200)', siblings })).toEqual([]);
    expect(categories('nome', { container: ['PessoaJuridica'], type: 'varchar(200)', siblings: ['nome', 'email', 'cnpj'] })).toEqual([]);
    expect(categories('name', { container: ['LegalPerson'], type: 'String', siblings: ['name', 'email'] })).toEqual([]);
    // ...whose phone is still reported, as organisation data
    expect(categories('TELEFOONNUMMER', { container: ['RECHTSPERSOON'], type: 'varchar(20)', siblings })).toEqual(['phone']);
  });

  it('leaves a natural person and a legal representative people', () => {
    expect(categories('nome', { container: ['PessoaFisica'], type: 'varchar(200)', siblings: ['nome', 'email', 'cpf'] })).toEqual(['name']);
    expect(categories('name', { container: ['legal_representatives'], type: 'varchar(200)', siblings: ['name', 'email'] })).toEqual(['name']);
  });
});

describe('a format of the data', () => {
  it("is a thing: an address format's name is the format's", () => {
    expect(categories('name', { container: ['address_format'], type: 'varchar(128)', siblings: ['address_format_id', 'name', 'address_format'] })).toEqual([]);
  });

  it("still reads an address record's own parts", () => {
    expect(categories('city', { container: ['address'], type: 'varchar(128)', siblings: ['firstname', 'lastname', 'address_1', 'city', 'postcode'] })).toEqual(['address']);
  });
});

describe('a whole name in the other languages', () => {
  it("is a person's in a person's record (volledigeNaam, nome_completo, fuldt_navn)", () => {
    expect(categories('volledigeNaam', { container: ['NatuurlijkPersoon'], type: 'string' })).toEqual(['name']);
    expect(categories('nome_completo', { container: ['aluno'], type: 'varchar(150)', siblings: ['nome_completo', 'email'] })).toEqual(['name']);
  });

  it("is an organisation's own in a legal entity's or a school's record, like English full_name", () => {
    expect(categories('volledigeNaam', { container: ['NietNatuurlijkPersoonSource'], type: 'string', siblings: ['rsin', 'volledigeNaam', 'rechtsvorm'] })).toEqual([]);
    expect(categories('nome_completo', { container: ['escola'], type: 'varchar(150)', siblings: ['nome_completo', 'email'] })).toEqual([]);
  });

  it("keeps an account holder a person's, even in an order", () => {
    expect(categories('bank_inhaber', { container: ['auftrag'], type: 'varchar(64)', siblings: ['name', 'strasse', 'bank_inhaber'] })).toEqual(['name']);
  });
});

describe("an organisation's mail", () => {
  it("is its email address, reported as organisation data (a care unit's, an association's mail)", () => {
    expect(categories('mail', { container: ['Unit'], type: 'String', siblings: ['unitName', 'postalAddress', 'phoneNumber', 'mail'] })).toEqual(['email']);
    expect(categories('mail', { container: ['IntermediaryFormAssociation'], type: 'String?', siblings: ['siret', 'name', 'contact', 'mail'] })).toEqual(['email']);
  });

  it("stays a message in a thing's or a mail's own record", () => {
    expect(categories('mail', { container: ['mailanhang'], type: 'int', siblings: ['mail', 'anhang', 'dateiname'] })).toEqual([]);
    expect(categories('mail', { container: ['projects'], type: 'text', siblings: ['title', 'mail', 'slug'] })).toEqual([]);
  });
});
