/**
 * Issue 11, German (session 6): the words and conventions of German schemas and types, each with the fields it must
 * read and the traps it must leave alone. The words are the language's (public-sector, ERP and shop usage), not one
 * code base's.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector({ defaultRegion: 'DE' });
const categories = (name: string, extra: Omit<FieldFacts, 'name'> = {}) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category).sort().join('+');

const antrag = { container: ['Antrag'], siblings: ['antragsnummer', 'vorname', 'nachname', 'strasse', 'plz', 'ort', 'email', 'telefon'], type: 'varchar(100)' };
const kunde = { container: ['Kunde'], siblings: ['kundennummer', 'vorname', 'nachname', 'firma', 'strasse', 'hausnummer', 'plz', 'ort'], type: 'varchar(100)' };
/**
 * A record with a `name` and nothing else about a person: only the container can make it a person's. (Session 29: no
 * `geburtsdatum` here any more; a date of birth is a person's, as a sex or an email already was.)
 */
const bare = (container: string) => ({ container: [container], siblings: ['id', 'name', 'bemerkung', 'erstellt'], type: 'varchar(100)' });

describe('German people', () => {
  it('reads gender-neutral participle nouns and plurals as people, so their name is a name', () => {
    for (const container of ['Antragstellende', 'Studierende', 'Mitarbeitende', 'Leistungsberechtigte', 'Beteiligte', 'Mitglieder', 'Interessenten', 'Fahrzeughalter']) {
      expect(categories('name', bare(container)), container).toBe('name');
    }
  });

  it('leaves the name of a tenant (Mandant), an event or a group out', () => {
    // `Mandant` is the tenant of multi-tenant German business software far more often than a lawyer's client.
    for (const container of ['Mandant', 'Veranstaltung', 'Gruppe']) expect(categories('name', bare(container)), container).toBe('');
  });

  it('reads a guardian, a legal representative, a managing director or an attention line alone as a name', () => {
    for (const field of ['erziehungsberechtigte', 'sorgeberechtigter', 'gesetzlicher_vertreter', 'geschaeftsfuehrer', 'zustaendiger_sachbearbeiter', 'zu_haenden', 'z_hd']) {
      expect(categories(field, antrag), field).toBe('name');
    }
    expect(categories('geschaeftsfuehrer', { container: ['Firma'], siblings: ['firmenname', 'strasse', 'plz', 'ort', 'ustid'], type: 'varchar(100)' })).toBe('name');
  });

  it('leaves the same roles out when the column is a flag or a key', () => {
    expect(categories('erziehungsberechtigte', { ...antrag, type: 'boolean' })).toBe('');
    expect(categories('geschaeftsfuehrer_id', antrag)).toBe('');
  });

  it('reads a full, earlier or billing name as a name, not a firm, a product or a name suffix', () => {
    for (const field of ['vollstaendiger_name', 'rechnung_name', 'fruehere_namen']) expect(categories(field, kunde), field).toBe('name');
    for (const field of ['firmenname', 'produktname', 'rechnung_nummer', 'name_zusatz', 'bezeichnung']) expect(categories(field, kunde), field).toBe('');
  });

  it('reads German abbreviations of given and family names and of a customer or contact person in a German record', () => {
    for (const field of ['vname', 'nname', 'fam_name', 'kd_name', 'asp_name', 'anspr_name']) expect(categories(field, kunde), field).toBe('name');
  });

  it('leaves vname and nname of a record that is not German (a view\'s name) out', () => {
    const views = { container: ['views'], siblings: ['vname', 'schema', 'definition'], type: 'varchar(100)' };
    expect(categories('vname', views)).toBe('');
    expect(categories('nname', views)).toBe('');
  });
});

describe('German addresses and phones', () => {
  it('reads the town, municipality, residence, street and district names and address lines', () => {
    for (const field of ['ortsname', 'gemeindename', 'hauptwohnsitz', 'nebenwohnsitz', 'strasse_name', 'ortsteil_name', 'anschriftzeile2', 'hausnr_zusatz', 'anschrift_zusatz']) {
      expect(categories(field, antrag), field).toBe('address');
    }
  });

  it('reads address data and address details (Adressdaten, Anschriftdaten, adressangaben) as an address, in a name or a type', () => {
    for (const field of ['adressdaten', 'anschriftdaten', 'adressangaben']) expect(categories(field, antrag), field).toBe('address');
    expect(categories('wohnsitz', { ...antrag, type: 'Anschriftdaten' })).toBe('address');
  });

  it('leaves a place of birth, a street key, a key to address data and bank or payment data out', () => {
    for (const field of ['geburtsort', 'strassenschluessel', 'adressdaten_id', 'bankdaten', 'zahlungsdaten', 'personendaten']) expect(categories(field, antrag), field).toBe('');
  });

  it('reads a phone by the time or place it is for (tagsüber, abends, Geschäft, Büro)', () => {
    for (const field of ['telefon_tagsueber', 'telefon_abends', 'tel_geschaeft', 'telefon_buero']) expect(categories(field, antrag), field).toBe('phone');
  });

  it('reads an abbreviated email address (email_adr) as an email, not a postal address, and ort_name as a town', () => {
    expect(categories('email_adr', kunde)).toBe('email');
    expect(categories('e_mail_adr', kunde)).toBe('email');
    expect(categories('ort_name', kunde)).toBe('address');
  });

  it('leaves an area code and a required-field flag out', () => {
    expect(categories('telefon_vorwahl', antrag)).toBe('');
    expect(categories('telefonPflichtfeld', { ...antrag, type: 'int(5)' })).toBe('');
  });
});

describe('counters in the other languages', () => {
  it('reads a count of the data (anzahl, aantal, antall, antal) as a counter, not the data', () => {
    expect(categories('telefon', antrag)).toBe('phone');
    expect(categories('anzahl_telefon', antrag)).toBe('');
    expect(categories('anzahl_adressen', antrag)).toBe('');
    const klant = { container: ['klant'], siblings: ['voornaam', 'achternaam', 'email'], type: 'varchar(50)' };
    expect(categories('adressen', klant)).toBe('address');
    expect(categories('aantal_adressen', klant)).toBe('');
    const kunde_no = { container: ['kunde'], siblings: ['fornavn', 'etternavn', 'epost'], type: 'varchar(50)' };
    expect(categories('telefonnummer', kunde_no)).toBe('phone');
    expect(categories('antall_telefonnummer', kunde_no)).toBe('');
    expect(categories('antal_telefonnummer', kunde_no)).toBe('');
  });
});
