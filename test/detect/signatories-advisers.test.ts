/**
 * A signatory and an adviser are people in every lexicon language (rules/lexicon personNouns: `signatario`, `adviseur`,
 * `berater`, `radgiver`, `aktor` ...): `<noun> name` is that person's name, as `customerName` is.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'string') => categories(name, { container: [container], type, siblings });

describe('a signatory\'s or an adviser\'s name', () => {
  it('is a person\'s name, in each language', () => {
    expect(cats('nombreSignatario', 'VisaElectronica', ['numeroVisa', 'nombreSignatario', 'fechaEmision'])).toEqual(['name']);
    expect(cats('jssAdviseurNaam', 'Voorlegger', ['id', 'jssAdviseurNaam', 'aanmaakdatum'])).toEqual(['name']);
    expect(cats('vardAktorNamn', 'FragaSvar', ['id', 'vardAktorNamn', 'frageText'])).toEqual(['name']);
    expect(cats('berater_name', 'Termin', ['id', 'berater_name', 'beginn'])).toEqual(['name']);
    expect(cats('radgiver_navn', 'Sak', ['id', 'radgiver_navn', 'opprettet'])).toEqual(['name']);
  });

  it('but not a thing\'s name beside them, nor their id', () => {
    expect(cats('nombreDocumento', 'VisaElectronica', ['numeroVisa', 'nombreSignatario', 'nombreDocumento'])).toEqual([]);
    expect(cats('adviseur_id', 'Voorlegger', ['id', 'adviseur_id', 'aanmaakdatum'], 'integer')).toEqual([]);
  });
});
