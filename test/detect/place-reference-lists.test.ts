/**
 * A record named for a town, a district or a region with no street and no whole address among its fields is a reference
 * list of places (src/detect/place-reference.ts): its postcode and town are the place's own, nobody's address. One with
 * its own street or address line (a municipality's office) is an address, and so is a person's record.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(10)') => categories(name, { container: [container], type, siblings });

describe('a reference list of places', () => {
  it('keeps its postcode and town out (Commune.codePostal, DTOOrt.PLZ, ZipcodeRegion.zipcode, Territory.zip)', () => {
    expect(cats('codePostal', 'Commune', ['id', 'nom', 'codePostal', 'codeInsee', 'territory'])).toEqual([]);
    expect(cats('PLZ', 'DTOOrt', ['ID', 'PLZ', 'Bezeichnung', 'Kreis', 'Land'], 'String')).toEqual([]);
    expect(cats('zipcode', 'ZipcodeRegion', ['zipcode', 'city', 'region'])).toEqual([]);
    expect(scanned('export interface Territory {\n  id: number;\n  zip: string;\n  name: string;\n}\n')['zip']).toBeUndefined();
  });

  it("counts a place's record with its own street or address, and a person's or an unnamed record", () => {
    expect(cats('zipcode', 'Municipality', ['name', 'address', 'zipcode', 'city', 'email'])).toEqual(['address']);
    expect(cats('PLZ', 'Ort', ['ID', 'Strasse', 'PLZ', 'Ort'])).toEqual(['address']);
    expect(cats('postnummer', 'bosted', ['adresse', 'postnummer', 'poststed'])).toEqual(['address']);
    expect(cats('zip', 'customers', ['id', 'name', 'zip', 'city'])).toEqual(['address']);
  });
});
