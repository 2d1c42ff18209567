/**
 * Session 43, from a Norwegian case worker's app (a training set since its first run): a project's alias of a text
 * that may be absent, named for it (`fornavn: StringOrNothing`, `NullableString`, `MaybeDate`), is read as its base
 * type (type-text.ts `nullableAliasVerdict`), not as a record type named so; a type of the project that only starts
 * like one (`StringField`, `StringOrNumberPair`) keeps its own reading. And the Norwegian and Danish `postkode` (a
 * foreign address's postcode) and `fullmaktsgiver` (who gives a power of attorney) are in the lexicons.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a nullability alias named for its base type', () => {
  it('is text: the members it types are judged by their names', () => {
    const found = scanned(`
      type StringOrNothing = string | null | undefined;
      export interface GrunnPersonalia {
        fornavn: StringOrNothing;
        etternavn: StringOrNothing;
        epost: NullableString;
        fodselsdato: MaybeDate;
      }
    `);
    expect(found.fornavn).toEqual(['name']);
    expect(found.etternavn).toEqual(['name']);
    expect(found.epost).toEqual(['email']);
    expect(found.fodselsdato ?? []).toEqual([]);
  });

  it('is not read into a record type whose name has other words', () => {
    expect(categories('navn', { container: ['Kurs'], siblings: ['navn', 'arrangor'], type: 'StringOrNumberPair' })).toEqual([]);
    expect(categories('adresse', { container: ['Person'], siblings: ['navn', 'adresse'], type: 'NullableAdresse' })).toEqual(categories('adresse', { container: ['Person'], siblings: ['navn', 'adresse'], type: 'Adresse' }));
  });
});

describe('the Norwegian and Danish lexicons', () => {
  it("read a foreign address's postkode and a power of attorney giver's name", () => {
    expect(categories('postkode', { container: ['Utenlandskadresse'], siblings: ['adressenavnNummer', 'postkode', 'bySted'], type: 'string' })).toEqual(['address']);
    expect(categories('fullmaktsgiverNavn', { container: ['Fullmakt'], siblings: ['fullmaktsgiverNavn', 'fullmektigsNavn'], type: 'string' })).toEqual(['name']);
  });
});
