/**
 * Session 42: a compound joined by a linking `s` (German `Unternehmen|s|name`, Norwegian `bedrift|s|navn`) is read
 * as its words (decompose.ts `linkedStem`), not as a word and an abbreviation after it: `unternehmensname` split as
 * `unternehmen|sname` was a surname, and a German social-media agency's company names went to its mailer and to
 * Telegram as people's names. The company's name is the company's; a person's compounds keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a compound joined by a linking s', () => {
  it("is a company's name, not a surname", () => {
    expect(categories('unternehmensname', { container: ['Kundenprofil'], siblings: ['unternehmensname', 'ansprechpartner', 'email'], type: 'String' })).toEqual([]);
    const found = scanned(`
      export interface Kundenprofil {
        unternehmensname: string;
        vorname: string;
        nachname: string;
      }
    `);
    expect(found.unternehmensname ?? []).toEqual([]);
    expect(found.vorname).toEqual(['name']);
  });

  it("keeps a person's own compounds and addresses", () => {
    expect(categories('geburtsname', { container: ['Person'], siblings: ['vorname', 'geburtsname'], type: 'String' })).toEqual(['name']);
    expect(categories('rechnungsadresse', { container: ['Kunde'], siblings: ['name', 'rechnungsadresse'], type: 'String' })).toEqual(['address']);
  });
});
