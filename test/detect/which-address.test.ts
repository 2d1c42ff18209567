/**
 * Session 17 (s17-contact): which of a person's addresses, written after the term as head-first languages do (rules/address.yml
 * `suffixes`): the new, the old, the current or the previous address, and the one a person lives at, as rules/email.yml and
 * rules/phone.yml already allow. Written from training misses (iscritto-torino's move record, mre-visas' visa application).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('which of a person\'s addresses', () => {
  it('is still the address: old and new, current and previous, the domicile, in every head-first language', () => {
    const move = ['data', 'indirizzoVecchio', 'indirizzoNuovo', 'dataDal', 'dataAl'];
    for (const field of ['indirizzoVecchio', 'indirizzoNuovo']) expect(categories(field, { container: ['DatiTrasferimento'], type: 'String', siblings: move }), field).toEqual(['address']);
    expect(categories('endereco_anterior', { container: ['Aluno'], type: 'varchar(200)', siblings: ['nome', 'endereco_anterior'] })).toEqual(['address']);
    expect(categories('adresse_ancienne', { container: ['Usager'], type: 'varchar(200)', siblings: ['nom', 'prenom', 'adresse_ancienne'] })).toEqual(['address']);
    expect(categories('adres_oud', { container: ['Klant'], type: 'varchar(200)', siblings: ['naam', 'adres_oud'] })).toEqual(['address']);
    expect(scanned('export interface VisaElectronica {\n  nombres: string;\n  direccionDomiciliaria: string;\n  direccionActual: string;\n}\n')).toMatchObject({
      direccionDomiciliaria: ['address'],
      direccionActual: ['address'],
    });
  });

  it('stays out when the word after it is no such qualifier (a type, a flag, a note)', () => {
    expect(categories('indirizzo_tipo', { container: ['Richiedente'], type: 'String', siblings: ['nome', 'indirizzo_tipo'] })).toEqual([]);
    expect(categories('endereco_verificado', { container: ['Aluno'], type: 'varchar(1)', siblings: ['nome', 'endereco_verificado'] })).toEqual([]);
    expect(categories('address_old_id', { container: ['Customer'], type: 'integer', siblings: ['name', 'address_old_id'] })).toEqual([]);
  });
});
