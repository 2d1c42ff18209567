/**
 * Session 19's address, email and phone rules (rules/context.yml, rules/lexicon/): qualifiers written after the term in
 * head-first languages, a care-of line and a body's registered office.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("the administrative address, written after the term (adresseAdministrative, indirizzo_amministrativo)", () => {
  it('is still the address, its postcode and its town', () => {
    const fields = ['id', 'nom', 'adresseAdministrative', 'codePostalAdministratif', 'communeAdministrative', 'departementAdministratif'];
    for (const field of ['adresseAdministrative', 'codePostalAdministratif', 'communeAdministrative']) expect(categories(field, { container: ['StructureVersion'], type: 'String?', siblings: fields }), field).toEqual(['address']);
    expect(categories('indirizzo_amministrativo', { container: ['ente'], type: 'varchar(200)', siblings: ['id', 'indirizzo_amministrativo'] })).toEqual(['address']);
    expect(categories('departementAdministratif', { container: ['StructureVersion'], type: 'String?', siblings: fields })).toEqual([]);
  });

  it('gives a flag or an act nothing (siege_social: boolean, acteAdministratif)', () => {
    expect(categories('acteAdministratif', { container: ['Structure'], type: 'string', siblings: ['id', 'acteAdministratif'] })).toEqual([]);
  });
});

describe("the other number or address, written after the term (telefonnummerOvrig, telefono_altro)", () => {
  it('is still the phone', () => {
    const fields = ['fornamn', 'efternamn', 'telefonnummerHem', 'telefonnummerOvrig'];
    expect(categories('telefonnummerOvrig', { container: ['PersonUppgifter'], type: 'String', siblings: fields })).toEqual(['phone']);
    expect(categories('telefon_annet', { container: ['person'], type: 'varchar(20)', siblings: ['fornavn', 'telefon_annet'] })).toEqual(['phone']);
    expect(categories('telefonOvrig', { container: ['PersonUppgifter'], type: 'boolean', siblings: fields })).toEqual([]);
  });
});

describe('a bare care-of line (co, c_o)', () => {
  it("is a line of the address beside the street and the postcode", () => {
    const fields = ['fornamn', 'efternamn', 'adress', 'co', 'postnummer', 'postort'];
    expect(categories('co', { container: ['PersonUppgifter'], type: 'String', siblings: fields })).toEqual(['address']);
    expect(categories('c_o', { container: ['Adresse'], type: 'varchar(40)', siblings: ['id', 'navn', 'c_o', 'vej', 'postnr'] })).toEqual(['address']);
  });

  it('is a company or a gas elsewhere', () => {
    expect(categories('co', { container: ['Measurement'], type: 'float', siblings: ['id', 'co', 'no2', 'pm10'] })).toEqual([]);
    expect(categories('co', { container: ['Reading'], type: 'string', siblings: ['id', 'co', 'no2', 'station'] })).toEqual([]);
  });
});

describe("a body's registered office in French (siegeSocial), as English registeredOffice", () => {
  it('is its address; the register number of the office is an id', () => {
    expect(categories('siegeSocial', { container: ['Operateur'], type: 'String?', siblings: ['id', 'name', 'siegeSocial', 'siret'] })).toEqual(['address']);
    expect(categories('entreprise_siret_siege_social', { container: ['dossiers'], type: 'string', siblings: ['id', 'entreprise_siret_siege_social'] })).toEqual([]);
    expect(categories('siege_social', { container: ['etablissements'], type: 'boolean', siblings: ['id', 'siege_social'] })).toEqual([]);
  });
});

describe("a record shaped like a mail: a subject and a body (src/detect/mail-shape.ts)", () => {
  const outgoing = ['id', 'subject', 'body', 'from', 'to', 'status', 'zeit'];
  it("keeps the addresses of the people who wrote and get it in its from, to, sender and reply-to", () => {
    expect(categories('from', { container: ['mailausgang'], type: 'varchar(255)', siblings: outgoing })).toEqual(['email']);
    expect(categories('to', { container: ['mailausgang'], type: 'varchar(255)', siblings: outgoing })).toEqual(['email']);
    const ticket = ['id', 'ticketid', 'subject', 'messageid', 'inreplyto', 'replyto', 'headers', 'body'];
    expect(categories('replyto', { container: ['rtmessages'], type: 'text', siblings: ticket })).toEqual(['email']);
    const found = scanned('export class CCommunication {\n  sender?: string;\n  messageBody?: string;\n  subject?: string;\n  internal?: boolean;\n}\n');
    expect(found.sender).toEqual(['email']);
  });

  it('needs both: a subject alone or a body alone is a ticket or a post', () => {
    expect(categories('from', { container: ['mailausgang'], type: 'varchar(255)', siblings: ['id', 'subject', 'from', 'to'] })).toEqual([]);
    expect(categories('to', { container: ['mailausgang'], type: 'varchar(255)', siblings: ['id', 'body', 'from', 'to'] })).toEqual([]);
  });

  it("is no mail in a mail filter's rule, nor where the parties' own addresses are fields of their own", () => {
    const rule = ['id', 'name', 'enabled', 'from', 'to', 'subject', 'body', 'instructions'];
    expect(categories('to', { container: ['Rule'], type: 'String?', siblings: rule })).toEqual([]);
    expect(categories('to', { container: ['OrganizationRule'], type: 'String?', siblings: rule })).toEqual([]);
    const request = ['id', 'sender', 'sender_email', 'recipient', 'recipient_email', 'subject', 'content'];
    expect(categories('sender', { container: ['Reply'], type: 'string', siblings: [...request, 'body'] })).not.toContain('email');
    const publicBodies = ['id', 'sender', 'sender_public_body', 'subject', 'content'];
    expect(categories('sender', { container: ['Reply'], type: 'string', siblings: publicBodies })).not.toContain('email');
  });
});
