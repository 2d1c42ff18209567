/**
 * Issue 11, addresses (session 7): the record-shape conventions of postal addresses, each with the fields it must
 * read and the traps it must leave alone. Each is a general word or convention seen in more than one code base,
 * written from training misses only.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector();
const categories = (name: string, extra: Omit<FieldFacts, 'name'> = {}) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category).sort().join('+');
const record = (container: string, siblings: string[], type = 'varchar(255)') => ({ container: [container], siblings, type });

describe('numbered address lines', () => {
  const addresses = record('addresses', ['first_name', 'last_name', 'line_one', 'line_two', 'line_three', 'city', 'postcode']);

  it('reads lines numbered in words as address lines in an address record, as lines numbered in digits', () => {
    for (const field of ['line_one', 'line_two', 'line_three', 'line_2']) expect(categories(field, addresses), field).toBe('address');
    expect(categories('address_line_one', record('customers', ['name', 'email', 'address_line_one', 'address_line_two']))).toBe('address');
    expect(categories('addressLineTwo', { container: ['Customer'], type: 'string' })).toBe('address');
  });

  it('leaves a numbered line of something else out', () => {
    expect(categories('line_one', record('order_items', ['line_one', 'product_id', 'quantity', 'price']))).toBe('');
    expect(categories('line_two', record('invoices', ['number', 'line_one', 'line_two', 'total']))).toBe('');
  });
});

describe('a thing\'s own address', () => {
  it('reads the town and unit of a place\'s record shaped like an address (a service, a tax registration)', () => {
    const services = record('services', ['nom', 'adresse', 'code_postal', 'ville', 'telephone']);
    expect(categories('ville', services)).toBe('address');
    const tax = record('Tax', ['name', 'rate', 'address', 'zip', 'city', 'country']);
    expect(categories('city', tax)).toBe('address');
  });

  it('reads a unit\'s district and town after its address (Portuguese puts the owner after the term)', () => {
    const guia = record('Guia', ['numero_guia', 'nome_unidade', 'endereco_unidade', 'bairro_unidade', 'cep_unidade', 'cidade_unidade', 'estado_unidade']);
    for (const field of ['bairro_unidade', 'cidade_unidade']) expect(categories(field, guia), field).toBe('address');
    expect(categories('nome_unidade', guia)).toBe('');
    expect(categories('estado_unidade', guia)).toBe('');
  });

  it('leaves a thing\'s town out when the record holds no address', () => {
    expect(categories('city', record('services', ['name', 'description', 'city', 'price']))).toBe('');
    expect(categories('ville', record('evenements', ['titre', 'date', 'ville']))).toBe('');
  });
});

describe('kinds of address as types', () => {
  it('reads an address member typed as a kind of address as the address', () => {
    const bosted = record('Bostedsadresse', ['coAdressenavn', 'vegadresse', 'matrikkeladresse'], 'Matrikkeladresse?');
    expect(categories('matrikkeladresse', bosted)).toBe('address');
    expect(categories('adres', { container: ['IActorAdres'], siblings: ['id', 'adres', 'gemeente'], type: 'IAdresregisterAdres' })).toBe('address');
  });

  it('leaves a record about the data out when the member is not named for an address, or the type is a model about addresses', () => {
    expect(categories('verification', { container: ['Customer'], siblings: ['name', 'verification'], type: 'AddressVerification' })).toBe('');
    expect(categories('teamEmail', { container: ['Team'], siblings: ['name', 'teamEmail'], type: 'TeamEmail' })).toBe('');
  });
});

describe('street addresses', () => {
  it('reads a record named for a street address as one address, no street list', () => {
    const veg = record('Vegadresse', ['husnummer', 'husbokstav', 'adressenavn', 'postnummer', 'poststed'], 'String?');
    for (const field of ['husnummer', 'husbokstav', 'adressenavn', 'postnummer', 'poststed']) expect(categories(field, veg), field).toBe('address');
    expect(categories('postnummer', record('Gatuadress', ['gatunamn', 'postnummer', 'postort']))).toBe('address');
  });

  it('still reads a table named for streets or postcodes as a reference list', () => {
    expect(categories('postcode', record('streets', ['street_name', 'postcode', 'city']))).toBe('');
    expect(categories('zip', record('zipcodes', ['zip', 'city', 'state']))).toBe('');
  });
});

describe('street registers', () => {
  it('leaves the streets, postcodes and towns of a record with a house-number range out', () => {
    const pna = record('pna', ['id', 'zip', 'cityname', 'streetname', 'fromnumber', 'tonumber', 'parity']);
    for (const field of ['zip', 'cityname', 'streetname', 'fromnumber']) expect(categories(field, pna), field).toBe('');
    const vejby = record('vejby', ['kommunekode', 'vejkode', 'postnummer', 'fraHusnummer', 'tilHusnummer']);
    for (const field of ['postnummer', 'fraHusnummer', 'tilHusnummer']) expect(categories(field, vejby), field).toBe('');
    expect(categories('db74_cep', record('cadenderrua', ['db74_sequencial', 'db74_cep', 'db74_numinicial', 'db74_numfinal']))).toBe('');
  });

  it('still reads an address whose record has one house number, or one end of a range', () => {
    const person = record('customers', ['name', 'street', 'house_number', 'zip', 'city']);
    for (const field of ['street', 'house_number', 'zip', 'city']) expect(categories(field, person), field).toBe('address');
    expect(categories('zip', record('deliveries', ['street', 'zip', 'city', 'from_number']))).toBe('address');
  });
});

describe('English town and unit words', () => {
  const contact = record('contacts', ['first_name', 'last_name', 'email', 'address', 'city_name', 'appartment_number']);

  it('reads a town\'s name and the common misspelling of an apartment number in a person\'s record', () => {
    expect(categories('city_name', contact)).toBe('address');
    expect(categories('appartmentNumber', { container: ['AddressDTO'], siblings: ['street', 'postalCode', 'city', 'appartmentNumber'], type: 'String' })).toBe('address');
  });

  it('leaves a thing\'s city name and an apartment count out', () => {
    expect(categories('city_name', record('events', ['title', 'city_name', 'starts_at']))).toBe('');
    expect(categories('appartment_count', contact)).toBe('');
  });
});

describe('Polish residence', () => {
  const osoba = record('Osoba', ['pesel', 'imiePierwsze', 'nazwisko', 'DanePobytuStalego', 'DanePobytuCzasowego'], 'DanePobytu?');

  it('reads a permanent or temporary residence of the population register as an address', () => {
    expect(categories('DanePobytuStalego', osoba)).toBe('address');
    expect(categories('miejsce_pobytu', record('pacjent', ['imie', 'nazwisko', 'miejsce_pobytu']))).toBe('address');
  });

  it('leaves a stay\'s period or cost out', () => {
    for (const field of ['okres_pobytu', 'koszt_pobytu', 'data_pobytu']) expect(categories(field, record('pacjent', ['imie', 'nazwisko', field])), field).toBe('');
  });
});

describe('a reference list named for postcodes in several words (session 8)', () => {
  it('reads a table named `zip_codes` or `code_postal` as a reference list, as `zipcodes` is', () => {
    expect(categories('code_postal', record('geolocalisation_code_postal', ['code_postal', 'code_insee', 'latitude', 'longitude']))).toBe('');
    expect(categories('zip', record('zip_codes', ['zip', 'city', 'state']))).toBe('');
    expect(categories('postal_code', record('PostalCodes', ['postal_code', 'place_name']))).toBe('');
  });

  it('still reads a postcode in an address record, and in a nested object of a person', () => {
    expect(categories('postal_code', record('addresses', ['street', 'postal_code', 'city']))).toBe('address');
    expect(categories('zip', { container: ['Customer', 'postal_code'], siblings: ['zip', 'city'], type: 'string' })).toBe('address');
  });
});

describe('a bare number as the house number (session 9)', () => {
  it('reads a bare number as the house number where the street is written apart, or in an address\'s own record', () => {
    expect(categories('numero', record('pessoa', ['nome', 'endereco', 'numero', 'complemento', 'bairro', 'cep', 'cidade']))).toBe('address');
    expect(categories('nr', record('kunden', ['vorname', 'nachname', 'strasse', 'nr', 'plz', 'ort']))).toBe('address');
    expect(categories('number', record('customers', ['name', 'street_name', 'number', 'postcode', 'city']))).toBe('address');
    expect(categories('numero', record('Adresse', ['rue', 'numero', 'code_postal']))).toBe('address');
    expect(categories('number', { container: ['Address'], siblings: ['line1', 'number', 'zip'], type: 'string' })).toBe('address');
  });

  it('leaves the record\'s own number out beside a whole address line (an invoice\'s, a delivery note\'s, a customer\'s)', () => {
    const invoice = record('facturascli', ['codcliente', 'nombrecliente', 'direccion', 'codpostal', 'ciudad', 'numero', 'total']);
    expect(categories('numero', invoice)).toBe('');
    expect(categories('direccion', invoice)).toBe('address');
    const customer = record('Customer', ['name', 'number', 'address_line1', 'address_line2', 'postcode', 'city', 'email']);
    expect(categories('number', customer)).toBe('');
    expect(categories('numero', record('fatture', ['numero', 'data', 'luogo_destinazione', 'cap', 'citta']))).toBe('');
  });
});
