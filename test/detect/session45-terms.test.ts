/**
 * Session 45's detector changes, from a fresh code base's first run (moved to training since):
 * - `cell` alone is a mobile number only in a person's record, as `mobile` is: a table's or a spreadsheet's cell
 *   (`cellValue`, `cellText`) holds no number (seen in a UK prison service's types); `cell phone` and `cell number` say
 *   it anywhere;
 * - a nation named before an address term is the address's country (`nazioneResidenza`, an Italian condominium
 *   manager's owners), a region, not the address;
 * - a profile in the lexicon's other languages (`profil.visningsnavn`, a Norwegian club) is a person's record, as
 *   `profile` is; Spanish and Portuguese `perfil` is an access role (`Perfil.nome`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a cell', () => {
  it("is a person's mobile number in their record", () => {
    expect(categories('cell', { container: ['Customer'], type: 'string' })).toEqual(['phone']);
  });

  it('is a phone anywhere when the name says so', () => {
    expect(categories('cellPhone', { container: ['Row'], type: 'string' })).toEqual(['phone']);
    expect(categories('cellNumber', { container: ['Row'], type: 'string' })).toEqual(['phone']);
  });

  it("is a grid's cell elsewhere", () => {
    expect(categories('cellValue', { container: ['Grid'], type: 'string' })).toEqual([]);
    expect(categories('cellText', { container: ['SpreadsheetRow'], type: 'string' })).toEqual([]);
  });
});

describe('a nation before an address term', () => {
  it("is the address's country, not the address", () => {
    expect(categories('nazioneResidenza', { container: ['Anagrafica'], type: 'String' })).toEqual([]);
    expect(categories('indirizzoResidenza', { container: ['Anagrafica'], type: 'String' })).toEqual(['address']);
  });
});

describe('a profile in other languages', () => {
  it("is a person's record, whose name is the person's", () => {
    expect(categories('visningsnavn', { container: ['profil'], type: 'string' })).toEqual(['name']);
    expect(categories('naam', { container: ['profiel'], type: 'string' })).toEqual(['name']);
  });

  it('is an access role in Spanish and Portuguese', () => {
    expect(categories('nome', { container: ['Perfil'], type: 'string' })).toEqual([]);
  });
});
