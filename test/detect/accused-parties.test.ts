/**
 * The accused party of a case, named by the role alone in every lexicon language (rules/lexicon role-name: `accused`,
 * `beschuldigter`, `verdachte`, `prevenu`, `acusado`, `imputato`, `tiltalt`, `misstankt`, `syytetty`, `oskarzony`): a text
 * column holds that person's name, as a bare `author` does; the accused's other data named after them stays theirs.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const fenceCase = ['id', 'accused', 'accusedAddress', 'accusedIdentification', 'accusedIsUnderAddressProtection', 'caseNumber'];
const cats = (name: string, type = 'string', siblings = fenceCase, container = 'FenceReviewCase') => categories(name, { container: [container], type, siblings });

describe('the accused named by the role', () => {
  it('holds their name in a text column, in each language', () => {
    expect(cats('accused')).toEqual(['name']);
    for (const role of ['beschuldigter', 'verdachte', 'prevenu', 'acusado', 'imputato', 'tiltalt', 'misstankt', 'syytetty', 'oskarzony']) {
      expect(cats(role, 'varchar(100)', ['id', 'aktenzeichen', role]), role).toEqual(['name']);
    }
  });

  it('but not their identification, a flag about them or a link', () => {
    expect(cats('accusedIdentification')).toEqual([]);
    expect(cats('accusedIsUnderAddressProtection', 'boolean')).toEqual([]);
    expect(cats('accused', 'Person')).toEqual([]);
  });
});
