/**
 * A one-word compound that camelCase cut in two (`forNavn`, `etterNavn`, `postAdresse`) is joined again when the two
 * words together are one term of the lexicon (src/detect/join-split-compounds.ts); words that spell no one-word term
 * together, and terms written as two words already (`firstName`), are read as before.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { categories, scanned } from './field-categories.js';

const detector = createDetector({ defaultRegion: 'NO' });
const words = (name: string, siblings: string[]) => detector.classifyField({ name, type: 'string', container: ['IPersonalia'], siblings }).matches.map((m) => m.evidence.words.join(' '));
const personalia = ['forNavn', 'mellomNavn', 'etterNavn', 'postAdresse', 'telefonnummer'];

describe('a compound cut in two by camelCase', () => {
  it('is read as the one term it spells (forNavn, mellomNavn, etterNavn; postAdresse a postal address, not a mail address)', () => {
    const found = scanned('export interface IPersonalia {\n  forNavn: string;\n  mellomNavn: string;\n  etterNavn: string;\n  postAdresse?: IAdresse;\n}\n');
    expect(found).toEqual({ forNavn: ['name'], mellomNavn: ['name'], etterNavn: ['name'], postAdresse: ['address'] });
    expect(words('forNavn', personalia)).toEqual(['fornavn']);
  });

  it('while words that spell no one-word term stay apart, and a two-word term keeps its words', () => {
    expect(categories('sakNavn', { container: ['Sak'], type: 'string', siblings: ['sakId', 'sakNavn', 'opprettet'] })).toEqual([]);
    expect(categories('postTittel', { container: ['Innlegg'], type: 'string', siblings: ['postTittel', 'publisert'] })).toEqual([]);
    expect(words('firstName', ['firstName', 'lastName', 'email'])).toEqual(['first name']);
  });
});
