/**
 * Session 15's name families (rules/lexicon/<language>.yml, rules/context.yml, src/detect/context.ts,
 * src/detect/journey-ends.ts): who looks after a client or a case named by the role alone, the holder a bank account is
 * kept under, a chosen name, a transport offer that is no mail transport, a journey's two ends, and `public` after the
 * term in the other languages.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('an account manager or a social worker named by the role alone', () => {
  it('is that person\'s name in every language (accountManager, SocialWorker, kundenbetreuer, assistente_sociale)', () => {
    const found = scanned('export class SupplierProfile {\n  public id: string;\n  public companyName: string;\n  public accountManager: string;\n}\n');
    expect(found['accountManager']).toEqual(['name']);
    expect(categories('SocialWorker', { container: ['Person'], type: 'string', siblings: ['Id', 'FirstName', 'LastName', 'SocialWorker'] })).toEqual(['name']);
    for (const role of ['kundenbetreuer', 'accountmanager', 'maatschappelijk_werker', 'assistante_sociale', 'trabajador_social', 'assistente_sociale', 'sosialarbeider', 'socialsekreterare', 'sosiaalityontekija', 'pracownik_socjalny']) {
      expect(categories(role, { container: ['sak'], type: 'varchar(100)', siblings: ['id', role, 'opprettet'] }), role).toEqual(['name']);
    }
  });

  it('is a link, a relation or a count otherwise (account_manager_id, accountManager: User, socialWorkerCount)', () => {
    expect(categories('account_manager_id', { container: ['suppliers'], type: 'int', siblings: ['id', 'account_manager_id'] })).toEqual([]);
    expect(scanned('export interface Supplier {\n  accountManager: User;\n  socialWorkerCount: number;\n}\n')).toEqual({});
  });
});

describe('the holder a bank account is kept under', () => {
  it('is a name in every language (intestatarioConto, rekeninghouder, kontoinnehaver, titular_da_conta)', () => {
    for (const holder of ['intestatarioConto', 'rekeninghouder', 'kontoinnehaver', 'kontoinnehavare', 'tilinomistaja', 'titular_da_conta', 'titular_cuenta', 'titulaire_compte', 'wlasciciel_rachunku']) {
      expect(categories(holder, { container: ['pratica'], type: 'varchar(100)', siblings: ['id', holder, 'iban'] }), holder).toEqual(['name']);
    }
  });

  it("is no name as the account's number or a flag (rekeninghouder_id, kontoinnehaver_bekreftet: boolean)", () => {
    expect(categories('rekeninghouder_id', { container: ['betaling'], type: 'int' })).toEqual([]);
    expect(categories('kontoinnehaver_bekreftet', { container: ['betaling'], type: 'boolean' })).toEqual([]);
  });
});

describe('a chosen name', () => {
  it("is a person's name in a person's record (Person.chosenName)", () => {
    expect(categories('chosenName', { container: ['Person'], type: 'String', siblings: ['firstname', 'surname', 'chosenName', 'cpr'] })).toEqual(['name']);
  });

  it("is no one's in a thing's record or as UI text (Theme.chosenName, chosen_name_label)", () => {
    expect(categories('chosenName', { container: ['Theme'], type: 'String', siblings: ['id', 'chosenName', 'colour'] })).toEqual([]);
    expect(categories('chosen_name_label', { container: ['Person'], type: 'String', siblings: ['firstname', 'chosen_name_label'] })).toEqual([]);
  });
});

describe('a transport before the head of a record', () => {
  const offer = ['user_first_name', 'phone_number', 'title', 'origin_city', 'destination_city', 'capacity'];
  it("is what the record offers, not a mail transport's settings (transport_offer's first name and phone)", () => {
    expect(categories('user_first_name', { container: ['transport_offer'], type: 'text', siblings: offer })).toEqual(['name']);
    expect(categories('phone_number', { container: ['transport_offer'], type: 'text', siblings: offer })).toEqual(['phone']);
  });

  it("is a mail transport's settings as the head (MailTransport.from_email, transport.from_name)", () => {
    expect(categories('from_email', { container: ['mail_transport'], type: 'varchar(255)', siblings: ['host', 'port', 'from_email'] })).toEqual([]);
    expect(categories('from_name', { container: ['transport'], type: 'varchar(255)', siblings: ['host', 'port', 'from_name'] })).toEqual([]);
  });
});

describe("a journey's two ends", () => {
  it("are a route's towns, not an address, when both are there (origin_city beside destination_city)", () => {
    const offer = ['user_first_name', 'phone_number', 'origin_city', 'destination_city'];
    expect(categories('origin_city', { container: ['transport_offer'], type: 'text', siblings: offer })).toEqual([]);
    expect(categories('destination_city', { container: ['transport_offer'], type: 'text', siblings: offer })).toEqual([]);
  });

  it("leave a lone destination a person's town, and a street at either end an address (orders.destination_city)", () => {
    expect(categories('destination_city', { container: ['orders'], type: 'text', siblings: ['first_name', 'email', 'destination_street', 'destination_city'] })).toEqual(['address']);
    expect(categories('destination_address', { container: ['rides'], type: 'text', siblings: ['rider_name', 'origin_address', 'destination_address'] })).toEqual(['address']);
  });
});

describe('`public` after the term in the other languages', () => {
  it('keeps the address or number a person publishes (emailPublico, telefone_publico, telefon_oeffentlich)', () => {
    const siblings = ['nomeCompleto', 'emailPublico', 'telefonePublico'];
    expect(categories('emailPublico', { container: ['AgentMetadata'], type: 'string', siblings })).toEqual(['email']);
    expect(categories('telefonePublico', { container: ['AgentMetadata'], type: 'string', siblings })).toEqual(['phone']);
    expect(categories('telefon_oeffentlich', { container: ['mitglied'], type: 'varchar(30)', siblings: ['vorname', 'telefon_oeffentlich'] })).toEqual(['phone']);
  });

  it('stays out as a flag (emailPublicoVisivel: boolean)', () => {
    expect(categories('emailPublicoVisivel', { container: ['AgentMetadata'], type: 'boolean' })).toEqual([]);
  });
});

describe('who created or last changed a record, in Portuguese and Spanish', () => {
  it("is that person's name written out as text (criadoPor: string, alteradoPor, creado_por varchar)", () => {
    const found = scanned('export interface AuditoriaDTO {\n  criadoEm: string;\n  criadoPor: string;\n  alteradoEm: string | null;\n  alteradoPor: string | null;\n}\n');
    expect(found['criadoPor']).toEqual(['name']);
    expect(found['alteradoPor']).toEqual(['name']);
    expect(categories('creado_por', { container: ['cita'], type: 'varchar(100)', siblings: ['id', 'fecha', 'creado_por'] })).toEqual(['name']);
  });

  it('is a link as a number, a relation or an id (creado_por int, criado_por ForeignKey, criado_por_id)', () => {
    expect(categories('creado_por', { container: ['cita'], type: 'int', siblings: ['id', 'creado_por'] })).toEqual([]);
    expect(categories('criado_por', { container: ['Anexo'], type: 'ForeignKey', siblings: ['id', 'criado_por'] })).toEqual([]);
    expect(categories('criado_por_id', { container: ['anexo'], type: 'varchar(40)', siblings: ['id', 'criado_por_id'] })).toEqual([]);
  });
});

describe("the name beside a message's reply-to address", () => {
  it('is the person answers go to (Email.replyToName, NotificationsEmail.reply_to_name)', () => {
    expect(categories('replyToName', { container: ['Email'], type: 'varchar', siblings: ['subject', 'fromName', 'replyToName', 'replyToAddress', 'to', 'cc', 'bcc', 'body'] })).toEqual(['name']);
    const found = scanned('export interface NotificationsEmail {\n  subject: string;\n  html_content: string;\n  reply_to_email: string | null;\n  reply_to_name: string | null;\n}\n');
    expect(found['reply_to_name']).toEqual(['name']);
  });

  it("is the system's in a mail transport's or a mass mailing's settings (transport.reply_to_name, MassEmail.replyToName)", () => {
    expect(categories('reply_to_name', { container: ['mail_transport'], type: 'varchar(255)', siblings: ['host', 'port', 'reply_to_name'] })).toEqual([]);
    expect(categories('replyToName', { container: ['MassEmail'], type: 'varchar', siblings: ['name', 'status', 'fromAddress', 'fromName', 'replyToAddress', 'replyToName', 'campaignId'] })).toEqual([]);
  });
});
