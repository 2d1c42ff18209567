/**
 * Session 48's detector changes, from a fresh code base's first run (an Argentine social programme's Django models,
 * moved to training since):
 * - Argentina writes a house number as the street's `altura` and a flat by its block, lot, building and functional
 *   unit (`manzana`, `lote`, `monoblock`, `unidad_funcional`): parts of an address in a Spanish record shaped like one
 *   (rules/lexicon/es.yml), a height or a lot of goods elsewhere;
 * - `cpostal` is a Spanish postcode;
 * - a dialling prefix named before the number (`prefijo_celular`, `prefisso_telefonico`, `vorwahl_telefon`) is an area
 *   or country code, no phone number (rules/context.yml).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('an Argentine address written in parts', () => {
  const beneficiario = ['nombre', 'apellido', 'calle', 'altura', 'piso', 'departamento', 'manzana', 'lote', 'monoblock', 'localidad', 'cpostal'];

  it('has its house number in `altura` and its flat in the block, the lot and the building', () => {
    for (const part of ['altura', 'manzana', 'lote', 'monoblock']) expect(categories(part, { container: ['Beneficiario'], type: 'CharField', siblings: beneficiario }), part).toEqual(['address']);
    expect(categories('unidad_funcional', { container: ['Trabajador'], type: 'CharField', siblings: ['nombre', 'calle', 'altura', 'unidad_funcional', 'localidad'] })).toEqual(['address']);
  });

  it('has its postcode in `cpostal`', () => {
    expect(categories('cpostal', { container: ['Beneficiario'], type: 'CharField', siblings: beneficiario })).toEqual(['address']);
  });

  it("is no height or lot outside an address's record", () => {
    expect(categories('altura', { container: ['Paciente'], type: 'DecimalField', siblings: ['nombre', 'apellido', 'peso', 'altura', 'fecha_nacimiento'] })).toEqual([]);
    expect(categories('lote', { container: ['Producto'], type: 'CharField', siblings: ['nombre', 'precio', 'lote', 'vencimiento'] })).toEqual([]);
  });
});

describe('a dialling prefix', () => {
  it('is no phone number', () => {
    expect(categories('prefijo_celular', { container: ['Beneficiario'], type: 'CharField', siblings: ['nombre', 'prefijo_celular', 'celular'] })).toEqual([]);
    expect(categories('celular', { container: ['Beneficiario'], type: 'CharField', siblings: ['nombre', 'prefijo_celular', 'celular'] })).toEqual(['phone']);
    expect(categories('vorwahl_telefon', { container: ['Kunde'], type: 'varchar(10)', siblings: ['vorname', 'nachname', 'vorwahl_telefon', 'telefon'] })).toEqual([]);
  });
});
