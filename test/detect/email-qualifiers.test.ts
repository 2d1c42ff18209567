/**
 * Words after an email term that keep it the address (rules/email.yml `suffixes`): head-first languages write after the
 * term what English writes before it (`email_novo` is `new_email`, `email_facturation` is `billing_email`), and a
 * person right before the term owns it even when a system word qualifies that person (src/detect/match-terms.ts).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const person = (name: string, type = 'varchar(255)') => categories(name, { container: ['usuarios'], type, siblings: ['id', 'nome', 'sobrenome', name] });

describe('an email term with a qualifier after it', () => {
  it('is still the address when the qualifier says which one (new, old, current, previous in the other languages)', () => {
    for (const name of ['email_novo', 'emailAtual', 'email_anterior', 'emailadres_nieuw', 'sahkoposti_uusi', 'epost_ny', 'email_nouveau']) expect(person(name), name).toEqual(['email']);
  });

  it('...or whose unit, office or purpose it serves (a department, billing, sign-in, a corporate or school address)', () => {
    for (const name of ['email_setor', 'emaildepto', 'email_abteilung', 'email_facturation', 'email_nfe', 'email_admin', 'email_login', 'emailAcesso', 'email_corporativo', 'emailEducacional', 'email_recovery']) {
      expect(person(name), name).toEqual(['email']);
    }
  });

  it('...or numbers the address word (`email_address_1` is an email, not an ERP address line)', () => {
    expect(person('email_address_1')).toEqual(['email']);
    expect(scanned('export interface Contact {\n  firstName: string;\n  emailAddress1: string;\n  emailAddress2?: string;\n}\n')).toEqual({ firstName: ['name'], emailAddress1: ['email'], emailAddress2: ['email'] });
  });

  it('while a flag, a link, a count or a mail setting after the qualifier keeps it out', () => {
    expect(person('email_novo', 'boolean')).toEqual([]);
    expect(person('email_setor_id')).toEqual([]);
    expect(person('email_login_count', 'integer')).toEqual([]);
    expect(person('email_validado')).toEqual([]);
    expect(categories('email_admin', { container: ['site_settings'], type: 'varchar(255)', siblings: ['id', 'smtp_host', 'email_admin'] })).toEqual([]);
    // An ERP address line stays an address.
    expect(categories('address_1', { container: ['customers'], type: 'varchar(255)', siblings: ['id', 'first_name', 'address_1', 'city'] })).toEqual(['address']);
  });
});

describe('an email owned by a person or an organisation the name spells out', () => {
  it('is the person\'s when the person stands right before the term, whatever system word qualifies the person', () => {
    expect(person('contract_partner_email')).toEqual(['email']);
    expect(scanned("export const families = pgTable('families', {\n  contractPartnerEmail: text('contract_partner_email'),\n});\n")['contractPartnerEmail']).toEqual(['email']);
  });

  it('...but a system word right before the term keeps a system\'s mailbox out (`customer_support_email`)', () => {
    expect(person('customer_support_email')).toEqual([]);
    expect(person('support_email')).toEqual([]);
  });

  it('is an organisation\'s after a preposition too (`email_da_escola`, as `email_escola`), not a thing\'s', () => {
    expect(person('email_da_escola')).toEqual(['email']);
    expect(person('email_da_semana')).toEqual([]);
  });
});

describe('email words in the plural, the definite form and the electronic address', () => {
  it('are the address (sahkopostit, eposter, epostadressen, courriels, endereco_eletronico, direccion_electronica)', () => {
    for (const name of ['sahkopostit', 'eposter', 'epostadressen', 'courriels', 'emaile', 'endereco_eletronico', 'direccionElectronica']) expect(person(name), name).toEqual(['email']);
  });

  it('while a link to one stays out', () => {
    expect(person('endereco_eletronico_id')).toEqual([]);
    expect(person('sahkopostit', 'integer')).toEqual([]);
  });
});

describe('a bare mail qualified as only an address is', () => {
  const neutral = (name: string) => categories(name, { container: ['registros'], type: 'varchar(255)', siblings: ['id', 'created_at', name] });

  it('an address in any record, as a numbered one is (mail_privado, mail_trabajo, mail_empresa, mail_novo)', () => {
    for (const name of ['mail_privado', 'mail_trabajo', 'mail_empresa', 'mailEmpresa', 'mail_novo', 'mail_facturation']) expect(neutral(name), name).toEqual(['email']);
  });

  it('while a mail with a word about the message stays out there (mail_type, mail_raw, mail_backup, mail_text)', () => {
    for (const name of ['mail_type', 'mail_raw', 'mail_backup', 'mail_text', 'mail']) expect(neutral(name), name).toEqual([]);
  });
});

describe('declared types that hold an email', () => {
  it('read Oracle text types and a Django ArrayField of emails as text', () => {
    expect(categories('email', { container: ['users'], type: 'VARCHAR2(320 CHAR)', siblings: ['id', 'email'] })).toEqual(['email']);
    expect(categories('email', { container: ['users'], type: 'NVARCHAR2(100)', siblings: ['id', 'email'] })).toEqual(['email']);
    expect(categories('cc_addresses', { container: ['notices'], type: 'ArrayField(models.EmailField())', siblings: ['id', 'cc_addresses'] })).toEqual(['email']);
  });

  it('while a binary Oracle column and an ArrayField of numbers stay out', () => {
    expect(categories('email', { container: ['users'], type: 'BLOB', siblings: ['id', 'email'] })).toEqual([]);
    expect(categories('emails', { container: ['users'], type: 'ArrayField(models.IntegerField())', siblings: ['id', 'emails'] })).toEqual([]);
  });
});
