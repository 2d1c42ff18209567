/**
 * Mexican and Andean schemas keep the father's and the mother's surname apart, often abbreviated (rules/lexicon/es.yml:
 * `ap_paterno`, `appaterno_ciudadano`, `ape_mat`, `paterno`, `materno`): each is a family name. The bare and short forms
 * count only in a Spanish record (`scoped`), so an Italian `nonno_paterno` or an English table says nothing.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cita = ['id_cita', 'fechahora', 'nombre_ciudadano', 'appaterno_ciudadano', 'apmaterno_ciudadano', 'email', 'curp', 'telefono'];
const cats = (name: string, siblings: string[], container: string) => categories(name, { container: [container], type: 'text', siblings });

describe("a father's and a mother's surname", () => {
  it('are family names, written out or abbreviated (appaterno_ciudadano, ap_materno, ape_pat, paterno)', () => {
    expect(cats('appaterno_ciudadano', cita, 'citas')).toEqual(['name']);
    expect(cats('apmaterno_ciudadano', cita, 'citas')).toEqual(['name']);
    const alumno = ['matricula', 'nombre', 'ap_paterno', 'ap_materno', 'ape_pat', 'fecha_nacimiento'];
    expect(['ap_paterno', 'ap_materno', 'ape_pat'].map((n) => cats(n, alumno, 'alumnos'))).toEqual([['name'], ['name'], ['name']]);
    expect(cats('paterno', ['nombre', 'paterno', 'materno', 'telefono', 'direccion'], 'empleados')).toEqual(['name']);
  });

  it('count bare only in a Spanish record, and not as a kin word of another language (nonno_paterno)', () => {
    expect(cats('paterno', ['id', 'paterno', 'created_at', 'status'], 'records')).toEqual([]);
    expect(cats('nonno_paterno', ['cognome', 'nonno_paterno', 'indirizzo', 'citta'], 'famiglia')).toEqual([]);
  });
});
