/**
 * Session 20's address rules: a town member typed as a town's own record (src/detect/place-record.ts) and the place of an
 * occasion with its start and end times (src/detect/occasion-place.ts).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a town member typed as a record named for a town (comune: Comune, comuneIsa: ComuneISA)", () => {
  it('links to the town\'s own record: no line of an address', () => {
    expect(categories('comuneIsa', { container: ['ProfiloUtenteCittadino'], type: 'ComuneISA', siblings: ['cognome', 'nome', 'mail', 'residenza', 'comuneIsa'] })).toEqual([]);
    expect(categories('comune', { container: ['Indirizzo'], type: 'Comune', siblings: ['via', 'civico', 'cap', 'comune'] })).toEqual([]);
    expect(categories('comuni', { container: ['AreaAggregata'], type: 'List<ComuneISA>', siblings: ['nome', 'descrizione', 'comuni'] })).toEqual([]);
    expect(categories('gemeinde', { container: ['GemeindeStammdaten'], type: 'Gemeinde', siblings: ['gemeinde', 'adresse', 'mail', 'telefon'] })).toEqual([]);
    expect(categories('city', { container: ['Customer'], type: 'City', siblings: ['first_name', 'email', 'city'] })).toEqual([]);
  });

  it("keeps an address record's type, a district's record and a town written as text", () => {
    expect(categories('residenza', { container: ['ProfiloUtenteCittadino'], type: 'Indirizzo', siblings: ['cognome', 'nome', 'residenza'] })).toEqual(['address']);
    expect(categories('city', { container: ['Customer'], type: 'String', siblings: ['first_name', 'email', 'city'] })).toEqual(['address']);
    expect(categories('comune', { container: ['Indirizzo'], type: 'String', siblings: ['via', 'civico', 'cap', 'comune'] })).toEqual(['address']);
    expect(scanned('export interface Bruker {\n  navn: string;\n  telefonnummer?: string;\n  bydel?: Bydel;\n}\n').bydel).toEqual(['address']);
  });
});

describe('the place of an occasion: a record with the times it starts and ends (src/detect/occasion-place.ts)', () => {
  it("is where a rehearsal, a deployment or an occupation of public land takes place, nobody's address", () => {
    const einsatz = ['ID', 'Einsatznummer', 'Datum_Anfang', 'Uhrzeit_Anfang', 'Datum_Ende', 'Uhrzeit_Ende', 'Beschreibung', 'Strasse', 'Hausnummer', 'Postleitzahl', 'Ort'];
    for (const field of ['Strasse', 'Hausnummer', 'Postleitzahl', 'Ort']) expect(categories(field, { container: ['einsatz'], type: 'String?', siblings: einsatz }), field).toEqual([]);
    const termin = scanned('export interface CreateTerminRequest {\n  name: string,\n  startZeit: Date,\n  endZeit: Date,\n  straße: string,\n  hausnummer: string,\n  postleitzahl: string,\n  stadt: string,\n}\n');
    expect([termin['straße'], termin.hausnummer, termin.postleitzahl, termin.stadt]).toEqual([undefined, undefined, undefined, undefined]);
    const occupation = ['id', 'nomeVia', 'numeroVia', 'dataInizioOccupazione', 'oraInizioOccupazione', 'dataScadenzaOccupazione', 'oraScadenzaOccupazione'];
    expect(categories('nomeVia', { container: ['DatiRichiesta'], type: 'String', siblings: occupation })).toEqual([]);
  });

  it("keeps a party's address, a person's record, a period of dates and an address record's own period", () => {
    const occupation = ['ragioneSocialeOrgRichiedente', 'indirizzoOrgRichiedente', 'capOrgRichiedente', 'indirizzoOccupazione', 'inizioOccupazioneGiorno', 'inizioOccupazioneOra', 'fineOccupazioneGiorno', 'fineOccupazioneOra'];
    expect(categories('indirizzoOrgRichiedente', { container: ['OccupazioneSuoloPubblico'], type: 'string', siblings: occupation })).toEqual(['address']);
    const visit = ['first_name', 'last_name', 'start_time', 'end_time', 'street', 'city'];
    expect(categories('street', { container: ['HomeVisit'], type: 'varchar(100)', siblings: visit })).toEqual(['address']);
    const permit = ['customer', 'start_time', 'end_time', 'address_apartment', 'street', 'zip'];
    expect(categories('street', { container: ['ParkingPermit'], type: 'CharField', siblings: permit })).toEqual(['address']);
    const mission = ['id', 'name', 'start_date', 'end_date', 'address', 'zip', 'city'];
    expect(categories('address', { container: ['missions'], type: 'string', siblings: mission })).toEqual(['address']);
    const history = ['id', 'street', 'zip', 'city', 'start_time', 'end_time'];
    expect(categories('street', { container: ['PersonAddress'], type: 'text', siblings: history })).toEqual(['address']);
  });
});

describe("a bare German supplement line (zusatz) in an address record (rules/lexicon/de.yml address-line)", () => {
  it("is a line of the address beside the street and the postcode, a party's numbered one too", () => {
    expect(scanned('export interface Adresse {\n  straße: string\n  hausnummer: string\n  postleitzahl: string\n  stadt: string\n  zusatz: string\n}\n').zusatz).toEqual(['address']);
    const claim = ['ehp1name', 'ehp1strasse', 'ehp1plz', 'ehp1ort', 'ehp1zusatz'];
    expect(categories('ehp1zusatz', { container: ['claim_data'], type: 'varchar(7)', siblings: claim })).toEqual(['address']);
  });

  it("is a free field elsewhere, and a catalogue's numbered free fields stay out (zusatz1, zusatz2)", () => {
    expect(categories('zusatz', { container: ['Artikel'], type: 'varchar(40)', siblings: ['nummer', 'bezeichnung', 'zusatz', 'preis'] })).toEqual([]);
    const catalogue = ['kuerzel', 'name1', 'strasse', 'plz', 'ort', 'zusatz1', 'zusatz2'];
    expect(categories('zusatz1', { container: ['DTOKatalogAllgemeineAdresse'], type: 'String', siblings: catalogue })).toEqual([]);
  });
});

describe("a contact point's value named in German e-government's and Romance words (verbindung, contatto)", () => {
  it('is an email or a phone, whichever its kind says', () => {
    expect(scanned('export interface Telekommunikation {\n  telekommunikationsart?: { code?: string | null } | null;\n  verbindung?: string | null;\n}\n').verbindung?.sort()).toEqual(['email', 'phone']);
    expect(categories('CONTATTO', { container: ['CFG_T_CONTATTI'], type: 'varchar2(255 char)', siblings: ['ID_FCITT', 'CONTATTO', 'DATA_INS', 'TIPO'] }).sort()).toEqual(['email', 'phone']);
  });

  it('is a connection elsewhere (verbindung of a database, a route)', () => {
    expect(categories('verbindung', { container: ['Datenbank'], type: 'string', siblings: ['name', 'verbindung', 'port'] })).toEqual([]);
  });
});
