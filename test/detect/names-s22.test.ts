/**
 * Session 22's name families, each from training misses (session 21's fresh batch among them): a report's row, a
 * person's word before a thing's head, a national number the compound splitter reads in two, a relation written with
 * its kind, and a short name in a person's record. Inputs are shaped like the training cases (comunicapa, zac-utrecht,
 * bidrag-frontend, brpservice, erxes, eappointment).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe("a report's row", () => {
  it('is one of what the report lists: its full name is the person reported on', () => {
    const found = scanned(`export interface DownloadReportRowDto {
      codiceFiscale: string;
      fullName: string | null;
      email: string | null;
      downloadCount: number;
    }
    export interface SendReportRow { recipientId: string; fullName: string | null; sendStatus: string | null; }`);
    expect(found.fullName).toEqual(['name', 'name']);
  });

  it("but the report's own record stays a thing's, and a row's bare name needs a person's fields", () => {
    const report = ['id', 'name', 'full_name', 'created_at'];
    expect(cats('full_name', 'reports', report)).toEqual([]);
    expect(cats('name', 'SalesReportRow', ['name', 'total', 'count'], 'string')).toEqual([]);
  });
});

describe("a person's word before a thing's head", () => {
  it("keeps a full name the person's (a user's permission, a recipient's address update)", () => {
    expect(cats('fullName', 'UserPermission', ['username', 'fullName', 'permissions'], 'string')).toEqual(['name']);
    expect(cats('fullName', 'UpdateRecipientAddressDto', ['fullName', 'address', 'city', 'zipCode'], 'string')).toContain('name');
  });

  it("but a group's, a product's and a thing of a thing's full name are their own", () => {
    expect(cats('fullName', 'UserGroupDetail', ['id', 'name', 'fullName', 'users'], 'string')).toEqual([]);
    expect(cats('full_name', 'product_category', ['id', 'full_name', 'parent_id'])).toEqual([]);
    expect(cats('name', 'UserPermission', ['id', 'name', 'codename'], 'string')).toEqual([]);
  });
});

describe('a national number the compound splitter reads in two', () => {
  it("is person evidence: the record's bare name is the person's (fodselsnummer, foedselsnummer, burgerservicenummer)", () => {
    const relasjon = ['rolle', 'relasjon', 'fodselsnummer', 'navn', 'visningsnavn', 'isChecked'];
    expect(cats('navn', 'IFamilierelasjonTableData', relasjon, 'string')).toEqual(['name']);
    expect(cats('visningsnavn', 'IFamilierelasjonTableData', relasjon, 'string')).toEqual(['name']);
    expect(cats('navn', 'Barn', ['foedselsnummer', 'navn', 'alder'], 'string')).toEqual(['name']);
    expect(cats('naam', 'Betrokkene', ['burgerservicenummer', 'naam', 'leeftijd'], 'string')).toEqual(['name']);
  });

  it('but a place of birth stays no address, and a name beside a count alone says nothing', () => {
    expect(cats('fodselssted', 'Person', ['fodselsnummer', 'fodselssted', 'navn'], 'string')).not.toContain('address');
    expect(cats('navn', 'Statistikk', ['navn', 'antall'], 'string')).toEqual([]);
  });
});

describe('a relation written with its kind and target', () => {
  it("is a link: the other record's fields say what it holds (ManyToOne:NaamPersoon, OneToOne:Verblijfplaats)", () => {
    const ouder = ['uuid', 'burgerservicenummer', 'naam', 'geboorte', 'verblijfplaats'];
    expect(cats('naam', 'Ouder', ouder, 'OneToOne:NaamPersoon')).toEqual([]);
    expect(cats('naam', 'Kind', ouder, 'ManyToOne:NaamPersoon')).toEqual([]);
    expect(cats('verblijfplaats', 'Ingeschrevenpersoon', ouder, 'OneToOne:Verblijfplaats')).toEqual([]);
  });

  it('while the same field holding text is the name', () => {
    expect(cats('naam', 'Ouder', ['uuid', 'burgerservicenummer', 'naam'], 'string')).toEqual(['name']);
  });
});

describe("a short name in a person's record", () => {
  it("is the person's name (kortnavn, shortName, Kurzname)", () => {
    const found = scanned(`export interface PersonDto {
      ident: string;
      navn?: string | null;
      kortnavn?: string | null;
      fødselsdato?: string | null;
    }`);
    expect(found.kortnavn).toEqual(['name']);
    expect(cats('shortName', 'UserDetail', ['avatar', 'fullName', 'shortName', 'position'], 'string')).toEqual(['name']);
    expect(cats('kurzname', 'Mitglied', ['vorname', 'nachname', 'kurzname'], 'string')).toEqual(['name']);
  });

  it("but a company's, a program's or a thing's short name is its own", () => {
    expect(cats('shortName', 'Company', ['id', 'name', 'shortName', 'vatNumber'], 'string')).toEqual([]);
    expect(cats('shortname', 'apiclient', ['apiClientID', 'clientKey', 'shortname', 'accesslevel'], 'varchar(32)')).toEqual([]);
    expect(cats('kortnavn', 'Enhet', ['enhetsnummer', 'navn', 'kortnavn'], 'string')).toEqual([]);
  });
});
