/**
 * Session 5's record conventions (issue 11), each with a positive case and the trap it must not fall into:
 * a legal entity's name, the fields of a thing (`NameFields`), and nested shapes inside nullability wrappers.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a legal entity', () => {
  it("reads a customer's legal name and tax identification as a company's, whose bare name is no person's", () => {
    const b2b = ['id', 'name', 'legal_name', 'tax_identification_number', 'email', 'city'];
    expect(categories('name', { container: ['customers'], siblings: b2b, type: 'varchar' })).toEqual([]);
    expect(categories('legal_name', { container: ['customers'], siblings: b2b, type: 'varchar' })).toEqual([]);
    expect(categories('legal_name', { container: ['billing_entities'], siblings: ['id', 'legal_name', 'email'], type: 'varchar' })).toEqual([]);
    // The company's email is still reported (as organisation data).
    expect(categories('email', { container: ['customers'], siblings: b2b, type: 'varchar' })).toEqual(['email']);
  });

  it("keeps the name of a customer that has a person's given and family name beside its legal name", () => {
    const both = ['id', 'name', 'legal_name', 'firstname', 'lastname', 'email'];
    expect(categories('name', { container: ['customers'], siblings: both, type: 'varchar' })).toEqual(['name']);
    expect(categories('firstname', { container: ['customers'], siblings: both, type: 'varchar' })).toEqual(['name']);
    // A display name stays a person's name in a person's record.
    expect(categories('display_name', { container: ['users'], siblings: ['id', 'display_name', 'email'], type: 'varchar' })).toEqual(['name']);
  });
});

describe('a party billed or buying', () => {
  it("reads a billing entity with a legal name, or a customer with a company's industry, as a company", () => {
    expect(categories('name', { container: ['billing_entities'], siblings: ['id', 'name', 'legal_name', 'email', 'address_line1'], type: 'varchar' })).toEqual([]);
    expect(categories('name', { container: ['customers'], siblings: ['id', 'name', 'industry', 'email'], type: 'varchar' })).toEqual([]);
    expect(categories('name', { container: ['clients'], siblings: ['id', 'name', 'domain', 'email'], type: 'varchar' })).toEqual([]);
  });

  it("keeps a billing party's name when it has a person's given and family name, and a user's name beside a domain", () => {
    expect(categories('name', { container: ['Order', 'billing'], siblings: ['name', 'first_name', 'last_name', 'vat_id', 'street'], type: 'string' })).toEqual(['name']);
    expect(categories('name', { container: ['users'], siblings: ['name', 'email', 'domain'], type: 'varchar' })).toEqual(['name']);
  });
});

describe('people named by their role or kin', () => {
  it("reads a technician's, a cashier's, a mentee's or a defendant's name as a person's", () => {
    expect(categories('technicianName', { container: ['WorkOrder'], type: 'string' })).toEqual(['name']);
    expect(categories('cashierName', { container: ['Receipt'], type: 'string' })).toEqual(['name']);
    expect(categories('mentee_name', { container: ['sessions'], type: 'varchar' })).toEqual(['name']);
    expect(categories('defendant_name', { container: ['cases'], type: 'varchar' })).toEqual(['name']);
  });

  it("keeps a role that is as often a company's, and a software editor, no person's", () => {
    expect(categories('broker_name', { container: ['Policy'], type: 'string' })).toEqual([]);
    expect(categories('shareholder_name', { container: ['Filing'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['editors'], siblings: ['id', 'name', 'api_token'], type: 'varchar' })).toEqual([]);
  });
});

describe("a thing's or a place's own name", () => {
  it("keeps the name of a calendar, a monitor, a deal or a shop's location out, even beside an email", () => {
    for (const container of ['calendars', 'monitors', 'deals', 'incidents', 'courses', 'locations']) {
      expect(categories('name', { container: [container], siblings: ['id', 'name', 'email', 'created_at'], type: 'varchar' }), container).toEqual([]);
    }
  });

  it("still reads the people and the place's address in them, and a form's or a waiting list's entrant", () => {
    expect(categories('instructor_name', { container: ['courses'], type: 'varchar' })).toEqual(['name']);
    expect(categories('owner_email', { container: ['vehicles'], type: 'varchar' })).toEqual(['email']);
    expect(categories('city', { container: ['locations'], siblings: ['name', 'street', 'city', 'phone'], type: 'varchar' })).toEqual(['address']);
    expect(categories('name', { container: ['form_submissions'], siblings: ['id', 'name', 'email'], type: 'varchar' })).toEqual(['name']);
    expect(categories('name', { container: ['waitlist'], siblings: ['id', 'name', 'email'], type: 'varchar' })).toEqual(['name']);
  });
});

describe('the options of one message being sent', () => {
  const mail = ['to', 'cc', 'bcc', 'from', 'replyTo', 'senderName', 'subject', 'html'];
  it("reads a mail's or a text's options' recipients as people's: `to`, `cc`, `bcc` an email, an SMS's `to` a phone", () => {
    for (const name of ['to', 'cc', 'bcc']) expect(categories(name, { container: ['IEmailOptions'], siblings: mail, type: 'string[]' }), name).toEqual(['email']);
    expect(categories('to', { container: ['SendMailOptions'], siblings: ['to', 'from', 'subject', 'html'], type: 'string' })).toEqual(['email']);
    expect(categories('to', { container: ['ISmsOptions'], siblings: ['to', 'content', 'from'], type: 'string' })).toEqual(['phone']);
    expect(categories('phoneNumber', { container: ['IChatOptions'], siblings: ['phoneNumber', 'content', 'webhookUrl'], type: 'string' })).toEqual(['phone']);
    expect(categories('to_number', { container: ['sms_messages'], siblings: ['to_number', 'from_number', 'body'], type: 'varchar' })).toEqual(['phone']);
  });

  it("keeps the sending side the system's, and a mailer's stored settings settings", () => {
    for (const name of ['from', 'replyTo', 'senderName']) expect(categories(name, { container: ['IEmailOptions'], siblings: mail, type: 'string' }), name).toEqual([]);
    expect(categories('from', { container: ['ISmsOptions'], siblings: ['to', 'content', 'from'], type: 'string' })).toEqual([]);
    expect(categories('to', { container: ['EmailSettings'], siblings: ['to', 'cc', 'bcc'], type: 'string' })).toEqual([]);
    expect(categories('to', { container: ['SmsMessage'], siblings: ['to', 'from', 'body'], type: 'string' })).toEqual(['phone']);
  });
});

describe('the fields of a thing', () => {
  it('reads `<Thing>Fields` as that thing (a name, an address, a person)', () => {
    expect(categories('city', { container: ['AddressFields'], siblings: ['street', 'postcode', 'city'], type: 'string' })).toEqual(['address']);
    expect(categories('name', { container: ['PersonFields'], siblings: ['name', 'email'], type: 'string' })).toEqual(['name']);
    expect(categories('first', { container: ['NameFields'], siblings: ['first', 'last'], type: 'string' })).toEqual(['name']);
    expect(categories('owner', { container: ['Property'], type: 'CustomerNameFields' })).toEqual(['name']);
  });

  it("keeps a product's fields and one field's definition things", () => {
    expect(categories('name', { container: ['ProductFields'], siblings: ['name', 'sku', 'price'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['CustomField'], siblings: ['id', 'name', 'format'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['custom_fields'], siblings: ['id', 'name', 'format', 'element'], type: 'varchar' })).toEqual([]);
  });
});

describe('nested shapes in nullability wrappers', () => {
  it("scans a GraphQL codegen result's `Maybe<{ ... }>` and `InputMaybe<{ ... }>` members", () => {
    const found = scanned(`export type GetPersonQuery = {
  person?: Maybe<{ __typename?: 'Person', firstName?: Maybe<string>, email?: Maybe<string> }>,
  address?: InputMaybe<{ street?: string, postalCode?: string }>,
  total: number,
};`);
    expect(found.firstName).toEqual(['name']);
    expect(found.email).toEqual(['email']);
    expect(found.street).toEqual(['address']);
    expect(found.postalCode).toEqual(['address']);
  });

  it('leaves a shape inside another generic (an event map, a mock) unread', () => {
    const found = scanned(`export interface Hub {
  events: EventEmitter<{ email: string }>;
  fixture: Mock<{ lastName: string }>;
}`);
    expect(found.email).toBeUndefined();
    expect(found.lastName).toBeUndefined();
  });
});

describe('a kind of person (session 9)', () => {
  it("leaves the name of a kind of client or author out (`ClientType.name`), where the record's fields are no person's", () => {
    expect(categories('name', { container: ['ClientType'], siblings: ['id', 'name', 'description'], type: 'CharField' })).toEqual([]);
    expect(categories('naam', { container: ['IAuteurType'], siblings: ['id', 'naam'], type: 'string' })).toEqual([]);
  });

  it("keeps the name of a person's type whose fields are a person's (a GraphQL `UserType`), and of a client", () => {
    expect(categories('name', { container: ['UserType'], siblings: ['id', 'name', 'email'], type: 'String' })).toEqual(['name']);
    expect(categories('name', { container: ['CustomerType'], siblings: ['id', 'name', 'address', 'zip'], type: 'String' })).toEqual(['name']);
    expect(categories('name', { container: ['Client'], siblings: ['id', 'name', 'description'], type: 'CharField' })).toEqual(['name']);
  });
});

describe('an organisation in the other languages (session 9)', () => {
  it("reads an organisation's record in Spanish, Portuguese, Italian, Dutch, Norwegian, German, Polish and Finnish as one", () => {
    for (const container of ['Organizacion', 'organizacao', 'Organizzazione', 'Organisatie', 'organisasjon', 'Organisation', 'organizacja', 'organisaatio']) {
      expect(categories('nombre', { container: [container], siblings: ['id', 'nombre', 'email'], type: 'varchar' }), container).toEqual([]);
    }
    // A member named for an organisation inside a patient's record: its `nombre` is the organisation's.
    expect(categories('nombre', { container: ['ISeguimientoPaciente', 'organizacionSeguimiento'], siblings: ['id', 'nombre'], type: 'String' })).toEqual([]);
    expect(categories('nombre', { container: ['ISeguimientoPaciente', 'paciente'], siblings: ['id', 'nombre'], type: 'String' })).toEqual(['name']);
  });
});
