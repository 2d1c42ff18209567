/**
 * Session 55's detector changes, each from a fresh code base read after its first run (moved to training since):
 * - the people a wedding business serves, named as a couple, a bride or a groom (`couple_name`, `bride_name`), as a
 *   client is (rules/lexicon/en.yml `personNouns`); an Australian MC's CRM;
 * - a flat in a Colombian residential complex, written as its tower and apartment (`torre`, `apartamento`, `apto`), in a
 *   record shaped like an address (rules/lexicon/es.yml `unit`); a SaaS for residential complexes' services.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('the people a wedding business serves', () => {
  it("are people: a couple's, a bride's and a groom's name and address are theirs", () => {
    expect(categories('couple_name', { container: ['portal_data'] })).toEqual(['name']);
    expect(categories('coupleName', { container: ['recent_activity_row'] })).toEqual(['name']);
    expect(categories('bride_name', { container: ['wedding'] })).toEqual(['name']);
    expect(categories('groom_name', { container: ['wedding'] })).toEqual(['name']);
  });

  it('leave what is no one\'s data alone (an id, a count)', () => {
    expect(categories('coupleId', { container: ['event'] })).toEqual([]);
    expect(categories('couple_count', { container: ['stats'] })).toEqual([]);
  });
});

describe("a flat in a Colombian residential complex", () => {
  const address = { container: ['direccion_residente'], siblings: ['direccion', 'barrio', 'ciudad', 'torre', 'apartamento'] };

  it('is its tower and apartment in a record shaped like an address', () => {
    expect(categories('torre', address)).toEqual(['address']);
    expect(categories('apto', address)).toEqual(['address']);
  });

  it('is nothing in a record that is no address (a telecom site\'s tower)', () => {
    expect(categories('torre', { container: ['antena'], siblings: ['altura', 'operador', 'potencia'] })).toEqual([]);
  });
});
