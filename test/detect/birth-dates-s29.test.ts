/**
 * Issue 11 (session 29): a date of birth or of death beside a bare name says the record is a person's, in every lexicon
 * language and in camel case (`birthDate`), as a sex or a gender does (rules/context.yml `personAttributes`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a bare name beside a date of birth or of death', () => {
  it("is the person's name (a DTO of name, birth and death dates; the other languages' words)", () => {
    const found = scanned(`
      export interface NavnFodselDodDto {
        navn: string;
        fødselsdato?: string;
        dødsdato?: string;
      }
      export interface AthleteRow {
        name: string;
        birthDate: string;
      }
    `);
    expect(found.navn).toEqual(['name']);
    expect(found.name).toEqual(['name']);
    expect(categories('nom', { container: ['Individu'], siblings: ['nom', 'date_naissance'], type: 'string' })).toEqual(['name']);
    expect(categories('nome', { container: ['Registro'], siblings: ['nome', 'dataNascimento'], type: 'string' })).toEqual(['name']);
    expect(categories('naam', { container: ['Inschrijving'], siblings: ['naam', 'geboortedatum'], type: 'string' })).toEqual(['name']);
  });

  it('keeps a link to a birth record, and a town beside a birth date, as they were', () => {
    expect(categories('name', { container: ['Entry'], siblings: ['name', 'birth_date_id'], type: 'string' })).toEqual([]);
    expect(categories('city', { container: ['Entry'], siblings: ['city', 'birthDate'], type: 'string' })).toEqual([]);
  });
});
