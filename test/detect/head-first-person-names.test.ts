/**
 * Where compounds put the head first (Italian, Spanish, Portuguese, French), a person noun right after a name term
 * says whose name it is, and the words after that noun describe the person, not the name (`nomeCittadinoEgov`: the
 * citizen known to the eGov system; `nombreActorVial`: a road user) (src/detect/match-terms.ts `personFirstAfter`).
 * A key, a flag or another datum after the person noun still qualifies the field out (`nome_cliente_id`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const pratica = ['id', 'codice_fiscale_cittadino_egov', 'nome_cittadino_egov', 'cognome_cittadino_egov', 'data_inserimento', 'stato'];
const cats = (name: string, container = 'Pratica', siblings = pratica, type = 'String') => categories(name, { container: [container], type, siblings });

describe('a head-first name, its person, then words about the person', () => {
  it('is that person\'s name', () => {
    expect(cats('nomeCittadinoEgov')).toEqual(['name']);
    expect(cats('cognomeCittadinoEgov')).toEqual(['name']);
    const capacitacion = ['id', 'fecha', 'nombreActorVial', 'apellidoActorVial', 'numeroDocumento'];
    expect(cats('nombreActorVial', 'SvCapacitacion', capacitacion)).toEqual(['name']);
    expect(cats('apellidoActorVial', 'SvCapacitacion', capacitacion)).toEqual(['name']);
  });

  it('but not a key, a flag or another datum after the person, nor a name with no person noun after it', () => {
    expect(cats('nome_cittadino_id')).toEqual([]);
    expect(cats('nome_cittadino_tipo')).toEqual([]);
    expect(cats('nome_cittadino_email')).not.toContain('name');
    expect(cats('nome_file_egov')).toEqual([]);
  });
});
