/**
 * Session 23's address mechanisms (issue 11: address precision and recall on unseen schemas), each written from a structure
 * seen across code bases rather than from one code base's words.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('an address block: three or more numbered free-text lines of one stem (src/detect/address-block.ts)', () => {
  it('holds the lines a letter is addressed with (a German donation receipt, the Danish register of guardians)', () => {
    const receipt = ['id', 'zeile1', 'zeile2', 'zeile3', 'zeile4', 'spendedatum', 'betrag', 'mitglied'];
    expect(categories('zeile3', { container: ['spendenbescheinigung'], type: 'varchar(40)', siblings: receipt })).toEqual(['address']);
    const guardian = ['relationsType1', 'relationsPnr', 'vaergeNavn', 'relationsTekst1', 'relationsTekst2', 'relationsTekst3', 'relationsTekst4'];
    expect(categories('relationsTekst1', { container: ['vaergemaal'], type: 'String', siblings: guardian })).toEqual(['address']);
    const letter = ['recipient_id', 'text_1', 'text_2', 'text_3', 'sent_at'];
    expect(categories('text_2', { container: ['Letter'], type: 'text', siblings: letter })).toEqual(['address']);
  });

  it('is no block where two lines, a known word before the line, a number type or a thing record say otherwise', () => {
    expect(categories('zeile1', { container: ['standort'], type: 'varchar(250)', siblings: ['id', 'zeile1', 'zeile2', 'name'] })).toEqual([]);
    const nameLines = ['navnelinje1', 'navnelinje2', 'navnelinje3', 'fornavn'];
    expect(categories('navnelinje1', { container: ['Navn'], type: 'String', siblings: nameLines })).toEqual([]);
    const remarks = ['bemerkung_text1', 'bemerkung_text2', 'bemerkung_text3', 'kunde'];
    expect(categories('bemerkung_text1', { container: ['Auftrag'], type: 'varchar(80)', siblings: remarks })).toEqual([]);
    const product = ['sku', 'price', 'text1', 'text2', 'text3'];
    expect(categories('text1', { container: ['Product'], type: 'varchar(80)', siblings: product })).toEqual([]);
    const counts = ['line1', 'line2', 'line3', 'customer'];
    expect(categories('line2', { container: ['Statistics'], type: 'integer', siblings: counts })).toEqual([]);
    expect(categories('text4', { container: ['Letter'], type: 'text', siblings: ['text1', 'text2', 'text4', 'text5'] })).toEqual([]);
  });
});

describe('a search log: a field counts the results each search had (rules/context.yml searchResults, searchCounts)', () => {
  it("holds the places searched for, nobody's address (a search history, a search's statistics)", () => {
    const history = ['user_id', 'keywords', 'latitude', 'longitude', 'city', 'radius', 'results_count'];
    expect(categories('city', { container: ['users_search_histories'], type: 'character varying', siblings: history })).toEqual([]);
    const stats = ['day', 'address', 'department_code', 'count', 'avg_number_of_results'];
    expect(categories('address', { container: ['StatsMostFrequentSearches'], type: 'string', siblings: stats })).toEqual([]);
    const norwegian = ['sokeord', 'postnummer', 'antall_treff'];
    expect(categories('postnummer', { container: ['Sok'], type: 'varchar', siblings: norwegian })).toEqual([]);
  });

  it("keeps a person's address where no field counts results (a count of something else, a search result's estate)", () => {
    const customer = ['first_name', 'street', 'zip', 'city', 'order_count'];
    expect(categories('city', { container: ['customers'], type: 'varchar', siblings: customer })).toEqual(['address']);
    expect(categories('address', { container: ['EstateInfoSearch'], type: 'string', siblings: ['address', 'designation', 'districtname'] })).toEqual(['address']);
  });
});

describe('a network endpoint: a bare address beside a port, a server address beside a password', () => {
  it("is a host's, no postal address (a media server's connection, a mail account's sender)", () => {
    const connection = ['protocol', 'address', 'port', 'uri', 'local'];
    expect(categories('address', { container: ['PlexConnection'], type: 'string', siblings: connection })).toEqual([]);
    const account = ['emailID', 'serveradresse', 'username', 'password', 'absenderadresse'];
    expect(categories('absenderadresse', { container: ['email'], type: 'varchar(50)', siblings: account })).toEqual([]);
  });

  it("keeps a record's address parts beside a mail server's port (a club's settings) and a qualified address", () => {
    const settings = ['name', 'strasse', 'plz', 'ort', 'smtp_server', 'smtp_port', 'smtp_auth_pwd'];
    expect(categories('strasse', { container: ['einstellung'], type: 'char(30)', siblings: settings })).toEqual(['address']);
    const venue = ['name', 'billing_address', 'port', 'email'];
    expect(categories('billing_address', { container: ['customer'], type: 'varchar', siblings: venue })).toEqual(['address']);
  });
});

describe('a municipality beside a town (src/detect/municipality.ts, rules/context.yml municipalityWords)', () => {
  it("is the town's administrative unit, no line of the address (de, nl)", () => {
    const swiss = ['strasse', 'hausnummer', 'plz', 'ort', 'land', 'gemeinde', 'bfsNummer'];
    expect(categories('gemeinde', { container: ['Adresse'], type: 'String', siblings: swiss })).toEqual([]);
    const dutch = ['Straatnaam', 'Huisnummer', 'Postcode', 'Woonplaats', 'Gemeente'];
    expect(categories('Gemeente', { container: ['adresSchema'], type: 'string', siblings: dutch })).toEqual([]);
  });

  it("is the address's town where the record has no other (it, pt)", () => {
    const italian = ['indirizzo', 'cap', 'comune', 'provincia'];
    expect(categories('comune', { container: ['Residenza'], type: 'String', siblings: italian })).toEqual(['address']);
    const portuguese = ['logradouro', 'numero', 'cep', 'municipio', 'uf'];
    expect(categories('municipio', { container: ['Endereco'], type: 'varchar(60)', siblings: portuguese })).toEqual(['address']);
  });
});

describe("a flat's part beside a room (rules/context.yml buildingUnitConcepts, roomWords)", () => {
  it('says where the room is in a building (a bookable facility, a venue)', () => {
    const facility = ['name', 'floor', 'room', 'unit_number', 'unit_name', 'address', 'unit_email_address'];
    expect(categories('floor', { container: ['facilities'], type: 'String', siblings: facility })).toEqual([]);
    expect(categories('unit_number', { container: ['facilities'], type: 'String', siblings: facility })).toEqual([]);
    expect(categories('address', { container: ['facilities'], type: 'String', siblings: facility })).toEqual(['address']);
  });

  it("stays a flat's part in an address without a room", () => {
    const address = ['street', 'house_number', 'floor', 'door', 'postal_code', 'city'];
    expect(categories('floor', { container: ['Address'], type: 'varchar', siblings: address })).toEqual(['address']);
  });
});

describe('a record numbered in other registers (a bare number beside two numbers of registers)', () => {
  it('has its own number too, no house number (a hospital with its SOR and EAN location numbers)', () => {
    const hospital = ['SorNummer', 'EanLokationsnummer', 'Nummer', 'Telefon', 'Vejnavn', 'Postnummer', 'Bynavn'];
    expect(categories('Nummer', { container: ['Sygehus'], type: 'varchar(30)', siblings: hospital })).toEqual([]);
    expect(categories('Vejnavn', { container: ['Sygehus'], type: 'varchar(100)', siblings: hospital })).toEqual(['address']);
  });

  it("keeps the house number beside a phone's, a flat's or one other register's number", () => {
    const address = ['street', 'number', 'flat_number', 'phone_number', 'customer_number', 'zip', 'city'];
    expect(categories('number', { container: ['Address'], type: 'varchar', siblings: address })).toEqual(['address']);
  });
});
