/**
 * Session 24's address mechanisms (issue 11: address precision and recall on unseen schemas), each written from a word
 * class or a record shape seen in the training split, not from one code base's field.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe("an Italian register's glued abbreviations of an address's parts (rules/lexicon/it.yml)", () => {
  // A residents' register copied for evacuations: street, house number, its letter and colour, the flat, the postcode.
  const residents = ['codice_fiscale', 'cognome', 'nome', 'data_nascita', 'desvia', 'numciv', 'letciv', 'colciv', 'numint', 'letint', 'numcap', 'comune'];

  it('reads the house number, its letter and colour, the flat and the postcode of a person as address', () => {
    for (const field of ['numciv', 'letciv', 'colciv', 'numint', 'letint', 'numcap', 'num_civ', 'let_int']) {
      expect(categories(field, { container: ['anagrafe'], type: 'character varying(10)', siblings: residents }), field).toEqual(['address']);
    }
  });

  it('leaves them alone outside an Italian record, where `int` is an integer and `civ` is civil', () => {
    const english = ['id', 'name', 'created_at', 'num_int', 'let_int', 'col_civ', 'status'];
    for (const field of ['num_int', 'let_int', 'col_civ']) {
      expect(categories(field, { container: ['settings'], type: 'integer', siblings: english }), field).toEqual([]);
    }
  });
});

describe("a city's house-number and street-graph layers are registers, nobody's address (rules/context.yml referenceRegisters)", () => {
  it('keeps the numbers, letters and postcodes of the `civici` layer and the street names of the street graph out', () => {
    const houseNumbers = ['id', 'codvia', 'numero', 'lettera', 'colore', 'cap', 'scala', 'desmunicipio', 'geom'];
    for (const field of ['numero', 'lettera', 'cap', 'scala']) {
      expect(categories(field, { container: ['civici'], type: 'character varying(5)', siblings: houseNumbers }), field).toEqual([]);
    }
    const streets = ['id', 'codvia', 'nome_via', 'geom', 'lunghezza'];
    expect(categories('nome_via', { container: ['tracciato_stradale'], type: 'character varying(150)', siblings: streets })).toEqual([]);
    expect(categories('nome_via', { container: ['grafo_stradale'], type: 'character varying(150)', siblings: streets })).toEqual([]);
  });

  it("still reads a person's own house number and street, in a record named for the person", () => {
    const person = ['id', 'cognome', 'nome', 'via', 'civico', 'cap', 'comune'];
    expect(categories('civico', { container: ['residente'], type: 'character varying(10)', siblings: person })).toEqual(['address']);
    expect(categories('via', { container: ['residente'], type: 'character varying(150)', siblings: person })).toEqual(['address']);
  });
});

describe("a record named for a search or a query holds a search's criteria (src/detect/search-query.ts)", () => {
  it('reads its postcode, town and street as what is searched for, nobody\'s address', () => {
    const norwegian = ['ident', 'offentligId', 'navn', 'postnummer', 'poststed', 'norskkontonr', 'iban'];
    expect(categories('postnummer', { container: ['SamhandlerSok'], type: 'string', siblings: norwegian })).toEqual([]);
    expect(categories('poststed', { container: ['SamhandlerSok'], type: 'string', siblings: norwegian })).toEqual([]);
    const italian = ['idsMunicipi', 'idStatoPratica', 'nome', 'cognome', 'numProtocollo', 'indirizzo', 'tipologiaProcesso'];
    expect(categories('indirizzo', { container: ['RicercaPraticaRequest'], type: 'string', siblings: italian })).toEqual([]);
    const english = ['page', 'limit', 'street', 'zip', 'city', 'status'];
    expect(categories('city', { container: ['CustomerQuery'], type: 'string', siblings: english })).toEqual([]);
  });

  it("keeps an address where a party is named at the field, and a search's result (`EstateInfoSearch`) stays an address", () => {
    const criteria = ['page', 'limit', 'customer_city', 'customer_zip', 'status'];
    expect(categories('customer_city', { container: ['OrderQuery'], type: 'string', siblings: criteria })).toEqual(['address']);
    const found = ['address', 'designation', 'objectidentifier', 'districtname', 'districtcode'];
    expect(categories('address', { container: ['EstateInfoSearch'], type: 'string', siblings: found })).toEqual(['address']);
  });
});
