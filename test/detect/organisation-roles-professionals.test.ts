/**
 * A role named after the organisation it is held in (`institution_responsible_person`, `company_director`,
 * `club_president`) is its holder's name, as a thing's role is (`document_author`; src/detect/match-terms.ts
 * `thingsRole`); and the professional a client is booked with or attended by is a person noun in Spanish and Portuguese
 * (`profesional_nombre`, `LandingProfesional.nombre`, `nome_profissional`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(100)') => categories(name, { container: [container], type, siblings });

describe("an organisation's role holder", () => {
  it('is a name (institution_responsible_person, company_director)', () => {
    expect(cats('institution_responsible_person', 'Assessment', ['id', 'institution_responsible_person', 'created_at'])).toEqual(['name']);
    expect(cats('company_director', 'Assessment', ['id', 'company_director', 'created_at'])).toEqual(['name']);
  });

  it('stays out when it is a link or an unknown word qualifies it (institution_director_id, abc_director)', () => {
    expect(cats('institution_director_id', 'Assessment', ['id', 'institution_director_id'], 'integer')).toEqual([]);
    expect(cats('abc_director', 'Assessment', ['id', 'abc_director', 'created_at'])).toEqual([]);
  });
});

describe('a professional in Spanish and Portuguese', () => {
  it("owns the name after it and makes a record a person's (profesional_nombre, LandingProfesional.nombre, nome_profissional)", () => {
    expect(scanned('export interface TurnoResumen {\n  id: number;\n  profesional_nombre: string | null;\n  fecha: string;\n}\n')['profesional_nombre']).toEqual(['name']);
    expect(scanned('export interface LandingProfesional {\n  id: number;\n  nombre?: string;\n  especialidad?: string;\n}\n')['nombre']).toEqual(['name']);
    expect(cats('nome_profissional', 'atendimento', ['id', 'nome_profissional', 'data'])).toEqual(['name']);
  });

  it("leaves a service's or a product's name alone (servicio_nombre, Servicio.nombre)", () => {
    expect(scanned('export interface TurnoResumen {\n  id: number;\n  servicio_nombre: string | null;\n}\n')['servicio_nombre']).toBeUndefined();
    expect(cats('nombre', 'Servicio', ['id', 'nombre', 'precio'])).toEqual([]);
  });
});
