/**
 * Issue 11 (session 30): precision in the Germanic lexicon languages — a pharmacy's, a hospital department's and an
 * office's name is its own, and a date or the function named before an address is no address.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe("a pharmacy's, a hospital department's and an office's name", () => {
  it('is no person name, while its address and phone are still reported', () => {
    const apotek = ['ApotekID', 'Navn', 'Adresse', 'Postnummer', 'Telefon'];
    expect(categories('Navn', { container: ['Apotek'], siblings: apotek, type: 'varchar(256)' })).toEqual([]);
    expect(categories('Adresse', { container: ['Apotek'], siblings: apotek, type: 'varchar(256)' })).toEqual(['address']);
    expect(categories('Telefon', { container: ['Apotek'], siblings: apotek, type: 'varchar(20)' })).toEqual(['phone']);
    expect(categories('Navn', { container: ['SygehusAfdeling'], siblings: ['SygehusAfdelingID', 'Navn', 'Telefon'], type: 'varchar(256)' })).toEqual([]);
    expect(categories('namn', { container: ['CreateBestallningRequestKontor'], siblings: ['namn', 'adress', 'postKod'], type: 'String' })).toEqual([]);
  });

  it("leaves a pharmacist's name a person's", () => {
    expect(categories('navn', { container: ['Apoteker'], siblings: ['navn', 'epost', 'fodselsdato'], type: 'varchar(100)' })).toEqual(['name']);
  });
});

describe('a date or the function named before an address (the Dutch population register)', () => {
  it('is no address', () => {
    const verblijfplaats = ['functie_adres', 'huisnummer', 'postcode', 'woonplaats', 'datum_inschrijving_in_de_gemeente', 'datum_aanvang_adres_buitenland'];
    const at = (name: string) => categories(name, { container: ['Verblijfplaats'], siblings: verblijfplaats, type: 'CharField' });
    expect(at('functie_adres')).toEqual([]);
    expect(at('datum_inschrijving_in_de_gemeente')).toEqual([]);
    expect(at('datum_aanvang_adres_buitenland')).toEqual([]);
    expect(at('huisnummer')).toEqual(['address']);
    expect(categories('dato_flyttet_adresse', { container: ['Flytting'], siblings: ['fornavn', 'adresse', 'dato_flyttet_adresse'], type: 'varchar(10)' })).toEqual([]);
  });
});
