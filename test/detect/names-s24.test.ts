/**
 * Session 24's name and email families, each from training misses and false positives (session 23's fresh batch among
 * them), stated as a convention of a language or a record rather than one code base's words. Inputs are shaped like
 * the training cases (open-personen, emergenze-pcge, sirena, civitas).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe('a Dutch registered partner after a name part', () => {
  const partnership = ['persoon', 'a_nummer_echtgenoot_geregistreerd_partner', 'voornamen_echtgenoot_geregistreerd_partner',
    'geslachtsnaam_echtgenoot_geregistreerd_partner', 'geboortedatum_echtgenoot_geregistreerd_partner', 'soort_verbintenis'];

  it("is the person whose name it is: the spouse's or registered partner's given names and surname", () => {
    expect(cats('voornamen_echtgenoot_geregistreerd_partner', 'Partnerschap', partnership, 'CharField')).toEqual(['name']);
    expect(cats('geslachtsnaam_echtgenoot_geregistreerd_partner', 'Partnerschap', partnership, 'CharField')).toEqual(['name']);
    expect(cats('voorvoegsel_geslachtsnaam_echtgenoot_geregistreerd_partner', 'Partnerschap', partnership, 'CharField')).toEqual(['name']);
  });

  it("but the partner's number or birth date stays no name", () => {
    expect(cats('a_nummer_echtgenoot_geregistreerd_partner', 'Partnerschap', partnership, 'CharField')).toEqual([]);
    expect(cats('geboortedatum_echtgenoot_geregistreerd_partner', 'Partnerschap', partnership, 'DateField')).toEqual([]);
  });
});

describe("a mail's party word in the mail's own language", () => {
  it("is the address the mail went to or came from, not a name (Italian `destinatario`, French `destinataire`)", () => {
    const history = ['id', 'data_ora', 'id_uo1_mittente', 'destinatario', 'testo_aggiuntivo', 'id_incarico'];
    expect(cats('destinatario', 't_storico_mail', history, 'character varying')).toEqual(['email']);
    const mail = ['id', 'objet', 'destinataire', 'expediteur', 'envoye_le'];
    expect(cats('destinataire', 'historique_mail', mail, 'string')).toEqual(['email']);
  });

  it("but outside a mail's record the same role word is a register's person, named (a protocol register's `mittente`)", () => {
    const register = ['id_lavorazione', 'mittente', 'testo', 'data_ora_stato', 'allegato'];
    expect(cats('mittente', 't_comunicazioni_segnalazioni', register, 'character varying')).toEqual(['name']);
  });
});

describe("a French public body's entite", () => {
  it('is an organisation: its full name is its own, its contact address still found', () => {
    const entity = ['id', 'nomComplet', 'label', 'email', 'emailContactUsager', 'telContactUsager', 'isActive'];
    expect(cats('nomComplet', 'Entite', entity, 'String')).toEqual([]);
    expect(cats('emailContactUsager', 'Entite', entity, 'String')).toEqual(['email']);
  });

  it("but a person's record keeps its nomComplet a name", () => {
    expect(cats('nomComplet', 'Utilisateur', ['id', 'nomComplet', 'email', 'role'], 'String')).toEqual(['name']);
  });
});

describe("a list item of a person's thing", () => {
  it("keeps the person before the head: a user role list item's full name is the user's", () => {
    const found = scanned(`export interface UserRoleListItem {
      id: string;
      username: string;
      full_name: string | null;
      email: string | null;
      role: UserRoleEnum | null;
    }`);
    expect(found.full_name).toEqual(['name']);
  });

  it("but a list item of a thing of a thing keeps its full name the thing's", () => {
    const found = scanned(`export interface ProductCategoryListItem {
      id: string;
      full_name: string;
      slug: string;
    }`);
    expect(found.full_name).toBeUndefined();
  });
});

describe('a letter after a number in a field name', () => {
  it("ends an abbreviation, no initial: a many-to-many relation's name is no middle name (m2mName of a log)", () => {
    const log = ['timeStamp', 'm2mName', 'author', 'fromLogg', 'toLogg', 'change'];
    expect(cats('m2mName', 'LoggM2M', log, 'CharField')).toEqual([]);
  });

  it("but a glued middle-name abbreviation stays a name (mName beside the other parts)", () => {
    expect(cats('mName', 'Patient', ['id', 'fName', 'mName', 'lName', 'dob'], 'string')).toEqual(['name']);
  });
});
