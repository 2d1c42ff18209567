/**
 * Issue 11 (session 30): a record named by one word of a whole address in a Germanic language (`PostadresseResponse`,
 * `Rechnungsadresse`, `Woonadres`) is a party's address, as a record named `Adresse` is: its bare `navn` is the
 * addressee's name. Another word of the record that says whose (`EnhetPostadresseDto`: an organisational unit's) wins.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a record named for a kind of address written as one word', () => {
  it("keeps the addressee's name beside the address", () => {
    const response = ['navn', 'adresse', 'postnummer', 'poststed'];
    expect(categories('navn', { container: ['PostadresseResponse'], siblings: response, type: 'String' })).toEqual(['name']);
    const found = scanned(`
      export interface Bostedsadresse {
        navn?: string;
        adresselinje1?: string;
        postnummer?: string;
      }
    `);
    expect(found.navn).toEqual(['name']);
  });

  it("leaves an organisational unit's postal address its own", () => {
    const unit = ['navn', 'adresselinje1', 'postnummer', 'poststed'];
    expect(categories('navn', { container: ['EnhetPostadresseDto'], siblings: unit, type: 'string' })).toEqual([]);
    expect(categories('postnummer', { container: ['EnhetPostadresseDto'], siblings: unit, type: 'string' })).toEqual(['address']);
  });
});
