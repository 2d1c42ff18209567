/**
 * The supplement of an address (c/o, a building, a floor written out) is one of its lines in an address's record, in
 * the lexicon's `address-line` concept: German `zusatzzeile`, `anschriftzusatz`, Dutch `toevoeging`, French `complement`,
 * English `extraInformation` and OXID's `OXADDINFO`. Outside an address record it is a note, not an address.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[]) => categories(name, { container: [container], type: 'varchar(255)', siblings });

describe("an address's supplement", () => {
  it('is an address line in an address record (Adresse.zusatzzeile, Address.extraInformation, oxaddress.OXADDINFO)', () => {
    expect(cats('zusatzzeile', 'Adresse', ['strasse', 'hausnummer', 'zusatzzeile', 'plz', 'ort'])).toEqual(['address']);
    expect(cats('extraInformation', 'Address', ['street', 'zipCode', 'city', 'extraInformation'])).toEqual(['address']);
    expect(cats('OXADDINFO', 'oxaddress', ['OXFNAME', 'OXLNAME', 'OXSTREET', 'OXSTREETNR', 'OXADDINFO', 'OXCITY', 'OXZIP'])).toEqual(['address']);
    expect(cats('toevoeging', 'adres', ['straat', 'huisnummer', 'toevoeging', 'postcode', 'woonplaats'])).toEqual(['address']);
  });

  it('is a note elsewhere (Application.extraInformation, veranstaltung.zusatzzeile without an address)', () => {
    expect(cats('extraInformation', 'Application', ['id', 'applicantName', 'extraInformation', 'createdAt'])).toEqual([]);
    expect(cats('zusatzzeile', 'veranstaltung', ['id', 'titel', 'zusatzzeile'])).toEqual([]);
  });
});
