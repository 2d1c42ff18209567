/**
 * A whole term glued after an unknown abbreviation (`ktoivorname`: the account holder's given name in a legacy German
 * club schema) is read whole, not as an unknown word before `name`; and a country or an id spelled out before an
 * address or a name (LANDADRESBUITENLAND, IDENTIFICATIETENAAMSTELLING) is the address's country, the name's key.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(40)') =>
  categories(name, { container: [container], type, siblings });

describe('a term glued after an abbreviation', () => {
  const member = ['id', 'name', 'vorname', 'strasse', 'plz', 'ort', 'email', 'ktoiname', 'ktoivorname', 'ktoiadressierungszusatz', 'ktoiplz'];

  it("is read whole (ktoi|vorname, ktoi|adressierungszusatz)", () => {
    expect(cats('ktoivorname', 'mitglied', member)).toEqual(['name']);
    expect(cats('ktoiadressierungszusatz', 'mitglied', member)).toEqual(['address']);
  });

  it('leaves a country or an id named before the term out', () => {
    expect(cats('LANDADRESBUITENLAND', 'ADRESBUITENLAND', ['ADRESBUITENLAND_ID', 'ADRESREGEL1', 'LANDADRESBUITENLAND'])).toEqual([]);
    expect(cats('IDENTIFICATIETENAAMSTELLING', 'TENAAMSTELLING', ['TENAAMSTELLING_ID', 'IDENTIFICATIETENAAMSTELLING', 'TENAAMSTELLING'], 'varchar(255)')).toEqual([]);
    expect(cats('country_address', 'offices', ['id', 'country_address', 'address'])).not.toContain('address');
  });
});
