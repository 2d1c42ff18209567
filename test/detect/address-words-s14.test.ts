/**
 * Address words found missing in training code bases, each added for its language's lexicon family (rules/lexicon):
 * a city district (Dutch `stadsdeel`, as Swedish `stadsdel`), the extra line of a German address (`zusatzzeile`), a
 * Danish building number written in place of a house number (`bygningsnummer`, in an address record only: elsewhere a
 * building register's id), and a company's registered office (`registeredOffice`, `domicilio_fiscal`, `sede_social`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(80)') => categories(name, { container: [container], type, siblings });

describe('address words of session 14', () => {
  it('counts a Dutch city district in a record with an address', () => {
    expect(cats('stadsdeel', 'Location', ['geometrie', 'stadsdeel', 'address', 'postcode'])).toEqual(['address']);
    expect(cats('stadsdeel', 'Gebied', ['naam', 'stadsdeel', 'oppervlakte'])).toEqual([]);
  });

  it("counts a German address's extra line in an address record only", () => {
    expect(cats('zusatzzeile', 'Adresse', ['strasse', 'hausnummer', 'zusatzzeile', 'plz', 'ort'])).toEqual(['address']);
    expect(cats('zusatzzeile', 'Rechnung', ['nummer', 'zusatzzeile', 'betrag'])).toEqual([]);
  });

  it("counts a Danish building number in an address record, not in a building register's record", () => {
    expect(cats('bygningsnummer', 'adresse', ['vejkode', 'bygningsnummer', 'husnummer', 'etage', 'sidedoer'])).toEqual(['address']);
    expect(cats('bygningsnummer', 'bygning', ['bygningsnummer', 'opfoerelsesaar', 'areal', 'anvendelse'])).toEqual([]);
  });

  it("counts a company's registered office, not a flag or a link about it", () => {
    expect(scanned('export interface Party {\n  description: string;\n  registeredOffice: string;\n}\n')['registeredOffice']).toEqual(['address']);
    expect(cats('domicilio_fiscal', 'empresa', ['razon_social', 'cif', 'domicilio_fiscal'])).toEqual(['address']);
    expect(cats('sede_social', 'entidade', ['nome', 'nif', 'sede_social'])).toEqual(['address']);
    expect(cats('has_registered_office', 'company', ['name', 'has_registered_office'], 'boolean')).toEqual([]);
    expect(cats('registered_office_id', 'company', ['name', 'registered_office_id'], 'integer')).toEqual([]);
  });
});
