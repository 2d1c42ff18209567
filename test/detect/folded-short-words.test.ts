/**
 * Session 17 (s17-contact): German `Tür` (a door, a flat's part) folds to `tur`, a piece other languages' words split into
 * (`turno`, a shift: `tur` + `no`), so it is a scoped word of rules/lexicon/de.yml: it counts in a German record and never
 * comes out of compound splitting. Written from a training false positive (saas-turnos' `comision_turno`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a short word folded from a German one', () => {
  it('does not split a Spanish shift into a door and a number', () => {
    expect(scanned('export interface UsuarioPublico {\n  nombre: string;\n  telefono?: string;\n  comision_turno?: number;\n  turno: string;\n}\n')).toEqual({
      nombre: ['name'],
      telefono: ['phone'],
    });
  });

  it('is still a flat\'s door in a German address record', () => {
    const wohnung = ['vorname', 'nachname', 'strasse', 'hausnummer', 'Tür', 'plz', 'ort'];
    expect(categories('Tür', { container: ['Mieter'], type: 'varchar(10)', siblings: wohnung })).toEqual(['address']);
    expect(categories('tuer', { container: ['Mieter'], type: 'varchar(10)', siblings: wohnung.map((f) => (f === 'Tür' ? 'tuer' : f)) })).toEqual(['address']);
  });
});
