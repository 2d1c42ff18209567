/**
 * Issue 11 (session 29): what beside a bare name says the record is a person's. A date of birth or of death, in every
 * lexicon language and in camel case (`birthDate`), as a sex or a gender does (rules/context.yml `personAttributes`); a
 * national identity number written in English words (`personNumber`), as the register's own word does (`personEvidence`).
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

describe('a bare name beside a national identity number written in English words', () => {
  it("is the person's name (a private party one acts for, with its personal identity number)", () => {
    const found = scanned(`
      export interface RepresentingPrivateEntity {
        partyId: string;
        name: string;
        personNumber: string;
      }
    `);
    expect(found.name).toEqual(['name']);
    expect(categories('name', { container: ['Claimant'], siblings: ['name', 'nationalInsuranceNumber'], type: 'string' })).toEqual(['name']);
  });

  it("keeps a business's name beside its organisation number as it was", () => {
    const found = scanned(`
      export interface RepresentingBusinessEntity {
        organizationName: string;
        organizationNumber: string;
      }
    `);
    expect(found.organizationName).toBeUndefined();
  });
});
