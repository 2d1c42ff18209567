/**
 * German legacy schemas abbreviate the birth name `gebname` (`geb.` for geboren, née: rules/lexicon/de.yml family-name),
 * and `geb` before a place is the place of birth (`gebort`: rules/context.yml denyPrefixes), no address. Cases from
 * erzwingungshaft (training): a party's columns behind the table's code and the party's number.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const claim = ['ehp1name', 'ehp1vorname', 'ehp1gebname', 'ehp1gebdat', 'ehp1gebort', 'ehp1strasse', 'ehp1plz', 'ehp1ort'];
const cats = (name: string) => categories(name, { container: ['claim_data'], type: 'varchar(45)', siblings: claim });

describe('a German birth name abbreviated', () => {
  it('is a family name', () => {
    expect(cats('ehp1gebname')).toEqual(['name']);
    expect(categories('geb_name', { container: ['person'], type: 'varchar(50)', siblings: ['vorname', 'nachname', 'geb_name'] })).toEqual(['name']);
  });

  it('but the place of birth beside it is no address', () => {
    expect(cats('ehp1gebort')).toEqual([]);
  });
});
