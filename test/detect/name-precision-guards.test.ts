/**
 * Names that are not a person's, found among the training false positives of session 17 (issue 11): a legal person's
 * name, a login beside its password, a mailing's sender, a French `structure`'s name (src/detect/legal-person.ts,
 * src/detect/bulk-mail.ts, `siblings:credentials` in classify-field.ts, rules/context.yml). Each with the person's
 * name the guard must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a legal person is a legal entity', () => {
  const guarantor = ['id', 'firstName', 'lastName', 'email', 'legalPersonName', 'naturalPersonName'];
  it('keeps a legal or non-natural person\'s name out (legalPersonName, non_natural_person_name, nome_pessoa_juridica)', () => {
    expect(categories('legalPersonName', { container: ['Guarantor'], type: 'String', siblings: guarantor })).toEqual([]);
    expect(categories('non_natural_person_name', { container: ['Guarantor'], type: 'String', siblings: guarantor })).toEqual([]);
    expect(categories('nome_pessoa_juridica', { container: ['Fiador'], type: 'varchar', siblings: ['nome_pessoa_juridica', 'cnpj', 'email'] })).toEqual([]);
  });
  it('while a person\'s name stays one (personName, contact_person_name, nome_pessoa)', () => {
    expect(categories('naturalPersonName', { container: ['Guarantor'], type: 'String', siblings: guarantor })).toEqual(['name']);
    expect(categories('personName', { container: ['Guarantor'], type: 'String', siblings: guarantor })).toEqual(['name']);
    expect(categories('nome_pessoa', { container: ['Fiador'], type: 'varchar', siblings: ['nome_pessoa', 'cpf', 'email'] })).toEqual(['name']);
  });
});

describe('a user name beside a password is the login', () => {
  it('keeps it out (auth_extern.external_user_name beside external_user_password)', () => {
    const siblings = ['studip_user_id', 'external_user_id', 'external_user_name', 'external_user_password', 'external_user_token'];
    expect(categories('external_user_name', { container: ['auth_extern'], type: 'varchar(64)', siblings })).toEqual([]);
  });
  it('while a record without one names the user who acted (topics.user_name)', () => {
    expect(categories('user_name', { container: ['topics'], type: 'varchar(255)', siblings: ['id', 'title', 'user_id', 'user_name', 'created_at'] })).toEqual(['name']);
  });
});

describe('a mailing sent to many has the organisation as its sender', () => {
  it('keeps its sender name out (MassEmail.fromName, mailing_history.mailing_sender_name, NotificationsEmail.sender_name)', () => {
    expect(categories('fromName', { container: ['MassEmail'], type: 'varchar', siblings: ['name', 'status', 'fromAddress', 'fromName', 'replyToAddress'] })).toEqual([]);
    expect(categories('mailing_sender_name', { container: ['galette_mailing_history'], type: 'varchar(255)', siblings: ['mailing_id', 'mailing_subject', 'mailing_recipients', 'mailing_sender_name'] })).toEqual([]);
    expect(categories('sender_name', { container: ['NotificationsEmail'], type: 'text', siblings: ['id', 'email_kind', 'recipients', 'sender_email', 'sender_name'] })).toEqual([]);
  });
  it('while a stored mail one person sent keeps its sender\'s name (Email.fromName, FoiMessage.sender_name)', () => {
    expect(categories('fromName', { container: ['Email'], type: 'varchar', siblings: ['name', 'fromName', 'fromAddress', 'to', 'cc', 'bcc'] })).toEqual(['name']);
    expect(categories('sender_name', { container: ['FoiMessage'], type: 'CharField', siblings: ['subject', 'sender_email', 'sender_name', 'recipient_email'] })).toEqual(['name']);
  });
  it('and the mailing\'s recipients stay addresses (mailing_recipients)', () => {
    expect(categories('mailing_recipients', { container: ['galette_mailing_history'], type: 'longtext', siblings: ['mailing_id', 'mailing_subject', 'mailing_recipients', 'mailing_sender_name'] })).toEqual(['email']);
  });
});

describe('a French structure is an organisation', () => {
  it('keeps its name out (Structure.nom beside its email and phone)', () => {
    expect(categories('nom', { container: ['Structure'], type: 'string', siblings: ['id', 'nom', 'adresse', 'email', 'telephone'] })).toEqual([]);
  });
  it('while its phone stays reported and a person in it keeps a name (Structure.responsable_nom)', () => {
    expect(categories('telephone', { container: ['Structure'], type: 'string', siblings: ['id', 'nom', 'adresse', 'email', 'telephone'] })).toEqual(['phone']);
    expect(categories('prenom', { container: ['Structure'], type: 'string', siblings: ['id', 'nom', 'prenom', 'email'] })).toEqual(['name']);
  });
});
