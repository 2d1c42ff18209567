/**
 * Session 46's detector changes, from training misses and two fresh code bases' first runs (moved to training since):
 * - a mail's own record names its recipient in the party words of every lexicon language (`mottaker` of a Norwegian
 *   driving school's `EmailLog`, Polish `odbiorca`), and its copy lists (`cclist`, `bcclist` of an HR system's mail log);
 * - a record linked to a mail template (`templateId`) is a mail made from it, not the template: its recipient is a
 *   person's address; a link to a transport or a configuration still makes a record settings;
 * - a bare party word typed as its own record (`recipients: Recipient[]` of a signing envelope) links to those records;
 * - a company's own settings (`AgencySettings`, `companysettings`) hold its contact details, reported as organisation
 *   data; its mail sender, reply-to and account stay settings;
 * - a congregation's clergy and leaders (`pastor_nome`, `dirigente`) are people, as an Italian public payment's payer
 *   (`EMAIL_VERSANTE`) and a second name (`second_name`) are;
 * - a tenant whose record speaks of renting (a move-in date, a lease, the rent) is a renter, a person, where a SaaS's
 *   tenant is an organisation (a German property manager's `Tenant(name, email, moveIn)`);
 * - who did something kept in a column sized for an email address (`aangemaakt_door NVARCHAR(320)`, a Dutch accountancy
 *   portal's audit columns) is that person's address;
 * - a Geneva police pre-complaint's words: the Swiss postcode `npa` (in French records), a landlord (`nomBailleur`, a
 *   company with a SIRET being a social landlord's), an order's contact (`emailCommande`), a PayPal account named so; and
 *   a literary agency's pen names;
 * - who did something in Portuguese, Spanish, French and German (`criadoPorNome`, `rejeitado_por_nome`,
 *   `reserviertDurch...`), a hospital's surgeon and doorman, a building site's manager and foreman (`bauleiter`,
 *   `polier`), and a Brazilian `naturalidade` (place of birth) that is no address.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const mailLog = ['id', 'mottaker', 'emne', 'templateId', 'status', 'feilmelding', 'sendt'];

describe("a mail's own record", () => {
  it("names its recipient's address in the language's party word", () => {
    expect(categories('mottaker', { container: ['EmailLog'], type: 'String', siblings: mailLog })).toEqual(['email']);
    expect(categories('odbiorca', { container: ['Email'], type: 'text' })).toEqual(['email']);
    expect(categories('vastaanottaja', { container: ['sahkoposti_email'], type: 'text' })).toEqual(['email']);
  });

  it('keeps its copy lists', () => {
    expect(categories('cclist', { container: ['EmailLog'], type: 'varchar' })).toEqual(['email']);
    expect(categories('bcclist', { container: ['Emails'], type: 'varchar' })).toEqual(['email']);
  });

  it('is no mail elsewhere: a recipient of a payment is no address', () => {
    expect(categories('mottaker', { container: ['Betaling'], type: 'String' })).toEqual([]);
  });
});

describe('a link in a mail record', () => {
  it('to a template makes it a mail made from the template, sent to a person', () => {
    expect(categories('recipient', { container: ['EmailLog'], type: 'String', siblings: ['id', 'recipient', 'subject', 'templateId'] })).toEqual(['email']);
  });

  it("to a transport makes it the transport's settings", () => {
    expect(categories('recipient', { container: ['EmailLog'], type: 'String', siblings: ['id', 'recipient', 'subject', 'smtpId'] })).toEqual([]);
  });
});

describe('a bare party word typed as its own record', () => {
  it('links to the records', () => {
    expect(categories('recipients', { container: ['Envelope'], type: 'Recipient[]' })).toEqual([]);
  });

  it('is an address typed as text', () => {
    expect(categories('recipients', { container: ['Envelope'], type: 'String[]' })).toEqual(['email']);
  });
});

describe("a company's own settings", () => {
  it('hold its contact details', () => {
    expect(categories('telephone', { container: ['AgencySettings'], type: 'string' })).toEqual(['phone']);
    expect(categories('email', { container: ['companysettings'], type: 'String' })).toEqual(['email']);
  });

  it('keep its mail sender and account as settings', () => {
    expect(categories('emailUser', { container: ['CompanySettings'], type: 'string' })).toEqual([]);
    expect(categories('emailReplyTo', { container: ['OrganisationGlobalSettings'], type: 'String' })).toEqual([]);
  });

  it("are a product's or a site's settings elsewhere", () => {
    expect(categories('email', { container: ['ProviderSettings'], type: 'string' })).toEqual([]);
    expect(categories('default_mail_sender_address', { container: ['SiteSettings'], type: 'EmailField' })).toEqual([]);
  });
});

describe('people named by their role', () => {
  it('are a congregation\'s clergy and leaders', () => {
    expect(categories('pastor_nome', { container: ['campos'], type: 'varchar' })).toEqual(['name']);
    expect(categories('pastor_name', { container: ['pre_registrations'], type: 'varchar' })).toEqual(['name']);
    expect(categories('dirigente', { container: ['congregacoes'], type: 'text' })).toEqual(['name']);
  });

  it("are a public payment's payer and a second name", () => {
    expect(categories('EMAIL_VERSANTE', { container: ['DISTINTE_PAGAMENTO'], type: 'tinytext' })).toEqual(['email']);
    expect(categories('second_name', { container: ['modul_klienci'], type: 'varchar' })).toEqual(['name']);
    expect(categories('emailDestino', { container: ['ReporteSuscripcion'], type: 'String' })).toEqual(['email']);
  });
});

describe('a tenant', () => {
  it("is a renter, a person, in a record that speaks of renting", () => {
    const siblings = ['id', 'name', 'email', 'phone', 'moveIn', 'companyId'];
    expect(categories('name', { container: ['Tenant'], type: 'String', siblings })).toEqual(['name']);
    expect(categories('tenantName', { container: ['HandoverProtocol'], type: 'String', siblings: ['id', 'tenantName', 'leaseId'] })).toEqual(['name']);
  });

  it("is a software's customer organisation elsewhere", () => {
    expect(categories('name', { container: ['Tenant'], type: 'String', siblings: ['id', 'name', 'email', 'slug', 'plan'] })).toEqual([]);
    expect(categories('tenantName', { container: ['AuditEntry'], type: 'String', siblings: ['id', 'tenantName', 'action'] })).toEqual([]);
  });
});

describe('who did something', () => {
  it('is an email address in a column sized for one', () => {
    expect(categories('aangemaakt_door', { container: ['klanten'], type: 'NVARCHAR(320)' })).toEqual(['email']);
    expect(categories('created_by', { container: ['invoices'], type: 'varchar(254)' })).toEqual(['email']);
    expect(categories('toegewezen_aan', { container: ['planning'], type: 'NVARCHAR(320)' })).toEqual(['email']);
    // ...whichever case the schema writes its types in, and whether or not the name holds a term word.
    expect(categories('toegewezen_aan', { container: ['planning'], type: 'nvarchar(320)' })).toEqual(['email']);
    expect(categories('erstellt_von', { container: ['auftrag'], type: 'varchar(320)' })).toEqual(['email']);
  });

  it('is a link or a name in a column of another size', () => {
    expect(categories('created_by', { container: ['invoices'], type: 'varchar(255)' })).toEqual([]);
    expect(categories('created_by', { container: ['invoices'], type: 'uuid' })).toEqual([]);
  });
});

describe("a French-speaking Swiss form's words", () => {
  it('read the postcode in a French record only', () => {
    expect(categories('npa', { container: ['Adresse'], type: 'String', siblings: ['rue', 'npa', 'localite'] })).toEqual(['address']);
    expect(categories('npa', { container: ['Loan'], type: 'String', siblings: ['amount', 'npa', 'status'] })).toEqual([]);
  });

  it("name a landlord, unless the landlord is a company", () => {
    expect(categories('nomBailleur', { container: ['FausseAnnonce'], type: 'String' })).toEqual(['name']);
    expect(categories('nom', { container: ['Bailleur'], type: 'CharField', siblings: ['nom', 'siret', 'siren', 'adresse'] })).toEqual([]);
  });

  it("keep an order's contact and a PayPal account", () => {
    expect(categories('emailCommande', { container: ['CommandeFrauduleuse'], type: 'String' })).toEqual(['email']);
    expect(categories('telephoneCommande', { container: ['CommandeFrauduleuse'], type: 'String' })).toEqual(['phone']);
    expect(categories('comptePaypalBeneficiaire', { container: ['AchatNonRecu'], type: 'String' })).toEqual(['email']);
  });
});

describe('a pen name', () => {
  it("is an author's name", () => {
    expect(categories('penName', { container: ['Author'], type: 'string' })).toEqual(['name']);
  });
});

describe('who did something, in the Romance languages and German', () => {
  it('names the doer', () => {
    expect(categories('criadoPorNome', { container: ['LgpdExport'], type: 'string' })).toEqual(['name']);
    expect(categories('rejeitado_por_nome', { container: ['lgpd_export'], type: 'varchar' })).toEqual(['name']);
    expect(categories('creado_por_nombre', { container: ['factura'], type: 'varchar' })).toEqual(['name']);
    expect(categories('erstellt_durch_name', { container: ['Auftrag'], type: 'varchar' })).toEqual(['name']);
  });

  it("names a hospital's and a building site's people", () => {
    expect(categories('cirurgiaoNome', { container: ['CirurgiaResumo'], type: 'string' })).toEqual(['name']);
    expect(categories('porteiroNome', { container: ['Visita'], type: 'string' })).toEqual(['name']);
    expect(categories('bauleiter', { container: ['Projekt'], type: 'string' })).toEqual(['name']);
  });
});

describe('a place of birth', () => {
  it('is no address, whichever side of the town its word stands', () => {
    expect(categories('naturalidade_cidade', { container: ['pacientes'], type: 'String' })).toEqual([]);
    expect(categories('nascimento_cidade', { container: ['pacientes'], type: 'String' })).toEqual([]);
    expect(categories('cidade', { container: ['pacientes'], type: 'String', siblings: ['nome', 'cidade', 'naturalidade_cidade'] })).toEqual(['address']);
  });
});
