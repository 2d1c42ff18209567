/**
 * Issue 11 (session 30): words of the Scandinavian, Dutch and German registers and forms the lexicons lacked — the
 * Danish civil register's forms "for addressing", the Dutch population register's public space, a Norwegian place
 * name and home number, the Swedish `postkod`, the German number for queries.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("the Danish civil register's name and street \"for addressing\" (CPR)", () => {
  it('are the name and the street a letter is addressed to', () => {
    const person = ['PersonId', 'CPR', 'Fornavn', 'Efternavn', 'NavnTilAdressering', 'VejnavnTilAdressering', 'Husnummer', 'Postnummer', 'PostdistTxt'];
    const at = (name: string) => categories(name, { container: ['Person'], siblings: person, type: 'varchar(34)' });
    expect(at('NavnTilAdressering')).toEqual(['name']);
    expect(at('VejnavnTilAdressering')).toEqual(['address']);
  });

  it('keeps the postal district abbreviated (`postdist`) a town, and `navne` a name', () => {
    expect(categories('postdist', { container: ['Adresse'], siblings: ['vejnavn', 'husnr', 'postnr', 'postdist'], type: 'varchar(20)' })).toEqual(['address']);
    expect(categories('navne', { container: ['Borger'], siblings: ['cpr', 'navne', 'foedselsdato'], type: 'text' })).toEqual(['name']);
  });
});

describe("the Dutch population register's public space and part of a municipality (BRP)", () => {
  it("are the street and the district of a residence", () => {
    const verblijfplaats = ['functie_adres', 'gemeentedeel', 'huisnummer', 'huisletter', 'naam_openbare_ruimte', 'postcode', 'woonplaats', 'datum_inschrijving_in_de_gemeente'];
    const at = (name: string) => categories(name, { container: ['Verblijfplaats'], siblings: verblijfplaats, type: 'CharField' });
    expect(at('naam_openbare_ruimte')).toEqual(['address']);
    expect(at('gemeentedeel')).toEqual(['address']);
    const found = scanned(`
      export interface Verblijfplaats {
        straat?: string;
        naamOpenbareRuimte?: string;
        huisnummer?: number;
        postcode?: string;
        woonplaats?: string;
      }
    `);
    expect(found.naamOpenbareRuimte).toEqual(['address']);
  });

  it("leaves the register of public spaces a reference list", () => {
    const spaces = ['OPENBARERUIMTE_ID', 'NAAMOPENBARERUIMTE', 'TYPEOPENBARERUIMTE', 'STRAATCODE'];
    expect(categories('NAAMOPENBARERUIMTE', { container: ['OPENBARERUIMTE'], siblings: spaces, type: 'varchar(80)' })).toEqual([]);
  });
});

describe('a Norwegian place name and home number', () => {
  it('are the town of an address and a phone', () => {
    const found = scanned(`
      export interface IAdresse {
        adresse?: string;
        postnummer?: string;
        byEllerStedsnavn?: string;
        landkode?: string;
      }
    `);
    expect(found.byEllerStedsnavn).toEqual(['address']);
    const medlem = ['fornamn', 'etternamn', 'adresse', 'postnr', 'heimenr', 'mobnr', 'epost'];
    expect(categories('heimenr', { container: ['Medlem'], siblings: medlem, type: 'CharField' })).toEqual(['phone']);
    expect(categories('hjemmetelefon', { container: ['Kunde'], siblings: ['navn', 'hjemmetelefon'], type: 'varchar(20)' })).toEqual(['phone']);
  });
});

describe('the Swedish `postkod` and the German number for queries', () => {
  it('are a postcode and a phone', () => {
    const kontor = ['namn', 'adress', 'postKod', 'stad'];
    expect(categories('postKod', { container: ['BestallningKontor'], siblings: kontor, type: 'String?' })).toEqual(['address']);
    const buerger = ['BuergerID', 'Name', 'EMail', 'telefonnummer_fuer_rueckfragen', 'Anmerkung'];
    expect(categories('telefonnummer_fuer_rueckfragen', { container: ['buerger'], siblings: buerger, type: 'varchar(50)' })).toEqual(['phone']);
    expect(categories('Fernsprechnummer', { container: ['Antragsteller'], siblings: ['Vorname', 'Nachname', 'Fernsprechnummer'], type: 'String' })).toEqual(['phone']);
  });
});

describe('the Danish house letter written alone (`bogstav`)', () => {
  it('is part of the address beside a street and a house number', () => {
    const grund = ['id', 'mnr', 'ejerlav', 'vej', 'husnummer', 'bogstav', 'postnr'];
    expect(categories('bogstav', { container: ['Grund'], siblings: grund, type: 'string' })).toEqual(['address']);
  });

  it("stays a letter's where no address is beside it", () => {
    expect(categories('bogstav', { container: ['Brev'], siblings: ['bogstav', 'tekst'], type: 'string' })).toEqual([]);
  });
});

describe("German e-justice's communication connection (XJustiz `Kommunikationsanschluss`)", () => {
  it('holds a phone number or an email address in its `verbindung`, whichever its kind says', () => {
    const found = scanned(`
      import { z } from 'zod';
      export const KommunikationsanschlussRequestSchema = z.object({
        telekommunikationsart_id: z.string(),
        verbindung: z.string().min(1),
      });
    `);
    expect([...(found.verbindung ?? [])].sort()).toEqual(['email', 'phone']);
    expect(found.telekommunikationsart_id).toBeUndefined();
  });
});
