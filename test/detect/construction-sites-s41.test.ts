/**
 * Issue 11 (session 41): a construction company's building site is a place the business runs, as a warehouse is
 * (rules/context.yml `organisationContainers`): the site's address after the site's word (`adresseChantier`,
 * `villeChantier`, head-first French) is an address, the organisation's; the site's own name is no person's.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a building site's address", () => {
  it('is an address, written head-first after the site', () => {
    const site = ['nomChantier', 'adresseChantier', 'villeChantier', 'client'];
    expect(categories('adresseChantier', { container: ['Chantier'], siblings: site, type: 'String' })).toEqual(['address']);
    expect(categories('villeChantier', { container: ['Chantier'], siblings: site, type: 'String' })).toEqual(['address']);
    const found = scanned(`
      export interface ChantierDetails {
        nomChantier: string;
        adresseChantier: string;
        bauleiter: string;
      }
    `);
    expect(found.adresseChantier).toEqual(['address']);
  });

  it("leaves the site's name no one's", () => {
    expect(categories('nomChantier', { container: ['Chantier'], siblings: ['nomChantier', 'adresseChantier'], type: 'String' })).toEqual([]);
    expect(categories('nom', { container: ['Chantier'], siblings: ['nom', 'adresse', 'ville'], type: 'String' })).toEqual([]);
  });
});
