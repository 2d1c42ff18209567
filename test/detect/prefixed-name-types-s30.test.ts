/**
 * Issue 11 (session 30): a member typed as a person's name record whose type carries a register's or a system's prefix
 * before the person noun (`navn: List<PdlPersonNavn>` of the Norwegian population register's client, `CrmContactName`):
 * the person's name, as `navn: PersonNavn` is. Only a word between the person and the name makes it another record.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a name typed with a register's prefix before the person noun", () => {
  it("is the person's name", () => {
    const pdlPerson = ['navn', 'foedsel', 'bostedsadresse', 'doedsfall'];
    expect(categories('navn', { container: ['PdlPerson'], siblings: pdlPerson, type: 'List<PdlPersonNavn>' })).toEqual(['name']);
    const found = scanned(`
      export interface PdlPerson {
        navn: PdlPersonNavn[];
        foedsel: PdlFoedsel[];
      }
      export interface Lead {
        name: CrmContactName;
        score: number;
      }
    `);
    expect(found.navn).toEqual(['name']);
    expect(found.name).toEqual(['name']);
  });

  it('stays a link where the prefix names no person, or a word between the person and the name names a thing', () => {
    expect(categories('navn', { container: ['Person'], siblings: ['navn', 'foedsel'], type: 'PdlNavn' })).toEqual([]);
    expect(categories('name', { container: ['Mailing'], siblings: ['name', 'subject'], type: 'CustomerTemplateName' })).toEqual([]);
  });
});
