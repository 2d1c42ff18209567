/**
 * A whole term glued after an unknown abbreviation (`ktoivorname`: the account holder's given name in a legacy German
 * club schema) is read whole, not as an unknown word before `name`; and a country or an id spelled out before an
 * address or a name (LANDADRESBUITENLAND, IDENTIFICATIETENAAMSTELLING) is the address's country, the name's key.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(40)') =>
  categories(name, { container: [container], type, siblings });

describe('a term glued after an abbreviation', () => {
  const member = ['id', 'name', 'vorname', 'strasse', 'plz', 'ort', 'email', 'ktoiname', 'ktoivorname', 'ktoiadressierungszusatz', 'ktoiplz'];

  it("is read whole (ktoi|vorname, ktoi|adressierungszusatz)", () => {
    expect(cats('ktoivorname', 'mitglied', member)).toEqual(['name']);
    expect(cats('ktoiadressierungszusatz', 'mitglied', member)).toEqual(['address']);
  });

  it('leaves a country or an id named before the term out', () => {
    expect(cats('LANDADRESBUITENLAND', 'ADRESBUITENLAND', ['ADRESBUITENLAND_ID', 'ADRESREGEL1', 'LANDADRESBUITENLAND'])).toEqual([]);
    expect(cats('IDENTIFICATIETENAAMSTELLING', 'TENAAMSTELLING', ['TENAAMSTELLING_ID', 'IDENTIFICATIETENAAMSTELLING', 'TENAAMSTELLING'], 'varchar(255)')).toEqual([]);
    expect(cats('country_address', 'offices', ['id', 'country_address', 'address'])).not.toContain('address');
  });
});

describe("an abbreviated party before `name`", () => {
  it("is that party's name (LAB_PAT_NAME, rcv_name)", () => {
    const lab = ['LAB_ID', 'LAB_EXAM_ID', 'LAB_DATE', 'LAB_RES', 'LAB_PAT_ID', 'LAB_PAT_NAME', 'LAB_PAT_INOUT'];
    expect(cats('LAB_PAT_NAME', 'LABORATORY', lab, 'varchar(100)')).toEqual(['name']);
    expect(cats('rcv_name', 'letter', ['id', 'subject', 'body', 'rcv_name', 'rcv_contact'], 'text')).toEqual(['name']);
  });

  it("leaves the party's id and flags, and an unknown abbreviation's name, out", () => {
    const lab = ['LAB_ID', 'LAB_PAT_ID', 'LAB_PAT_NAME', 'LAB_PAT_INOUT', 'LAB_MTH_NAME'];
    expect(cats('LAB_PAT_ID', 'LABORATORY', lab, 'int')).toEqual([]);
    expect(cats('LAB_PAT_INOUT', 'LABORATORY', lab, 'char(1)')).toEqual([]);
    expect(cats('LAB_MTH_NAME', 'LABORATORY', lab)).toEqual([]);
  });
});

describe("a given name after an organisation's word", () => {
  const report = ['id', 'nomOccupant', 'prenomOccupant', 'nomAgence', 'prenomAgence', 'telAgence', 'mailAgence'];
  it("is its contact person's (prenomAgence)", () => {
    expect(cats('prenomAgence', 'Signalement', report, 'string')).toEqual(['name']);
  });
  it("but a bare name after it is the organisation's own (nomAgence is the agency's name)", () => {
    expect(cats('nomAgence', 'Signalement', report, 'string')).toEqual([]);
    expect(cats('name', 'agence', ['id', 'name', 'email', 'telephone'], 'string')).toEqual([]);
  });
});

describe("the author of installed software", () => {
  it("is its vendor's (an extension's or a theme's author), not a person's name", () => {
    expect(cats('author', 'extension_install', ['extension_install_id', 'extension_download_id', 'filename', 'version', 'author', 'link'], 'varchar(255)')).toEqual([]);
    expect(cats('author', 'themes', ['id', 'name', 'version', 'author'], 'varchar(255)')).toEqual([]);
  });
  it("while a document's or a module's author stays a person's", () => {
    expect(cats('author', 'documents', ['id', 'title', 'author', 'created_at'], 'varchar(255)')).toEqual(['name']);
    expect(cats('author', 'Module', ['moduleId', 'name', 'version', 'author'], 'String')).toEqual(['name']);
  });
});

describe("a table's initials before a bare role", () => {
  const row = ['OPER_ID_A', 'OPER_ID', 'OPER_PRESCRIBER', 'OPER_RESULT', 'OPER_OPDATE', 'OPER_REMARKS'];
  it("qualify nothing: OPER_PRESCRIBER is the prescriber's name", () => {
    expect(cats('OPER_PRESCRIBER', 'OPERATIONROW', row, 'varchar(150)')).toEqual(['name']);
  });
  it("but a word before the role that the other columns do not share still qualifies it", () => {
    expect(cats('drug_prescriber', 'orders', ['id', 'drug_prescriber', 'drug_code', 'quantity'], 'varchar(150)')).toEqual([]);
  });
});

describe("the contact of the party goods are shipped to", () => {
  it("is a contact person's name (shiptocontact, delivery_contact)", () => {
    const shipto = ['shipto_id', 'shiptoname', 'shiptostreet', 'shiptozipcode', 'shiptocity', 'shiptocontact', 'shiptophone'];
    expect(cats('shiptocontact', 'shipto', shipto, 'character varying(75)')).toEqual(['name']);
    expect(cats('delivery_contact', 'orders', ['id', 'delivery_contact', 'delivery_street'], 'varchar(75)')).toEqual(['name']);
  });
  it("but not its id or its kind", () => {
    expect(cats('delivery_contact_id', 'orders', ['id', 'delivery_contact_id'], 'int')).toEqual([]);
    expect(cats('delivery_contact_type', 'orders', ['id', 'delivery_contact_type'], 'varchar(20)')).toEqual([]);
  });
});
