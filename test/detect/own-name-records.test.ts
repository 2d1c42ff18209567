/**
 * A record with its own person's given or family name (`cognome`, `surname`; not `parent_last_name`) is that person's,
 * whatever description or tree field it has: its bare `name` is the person's (src/detect/context.ts `ownName`).
 * Cases from iscritto-torino (training).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const anagrafica = ['nome', 'cognome', 'codiceFiscale', 'dataNascita', 'sesso', 'codiceCittadinanza', 'descrizioneCittadinanza'];

describe("a bare name beside the record's own family name", () => {
  it("is the person's, beside a description of a code", () => {
    expect(categories('nome', { container: ['Anagrafica'], type: 'String', siblings: anagrafica })).toEqual(['name']);
  });

  it("but a catalogue's name stays its own beside another person's family name or none", () => {
    expect(categories('name', { container: ['Category'], type: 'varchar(100)', siblings: ['name', 'parent_id', 'slug', 'author_last_name'] })).toEqual([]);
    expect(categories('nome', { container: ['Voce'], type: 'String', siblings: ['nome', 'descrizione', 'ordine'] })).toEqual([]);
  });
});
