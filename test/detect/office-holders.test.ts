/**
 * The office holders of an association, a board or a school and who is responsible for an activity, named by the role
 * alone, in every lexicon language (rules/lexicon: `chairman`, `treasurer`, `responsible`, `vorsitzender`,
 * `penningmeester`, `formand`, `puheenjohtaja`, `direttore`, `filiacao` ...): a text column holds that person's name,
 * as a bare `author` does; the former or an outside holder too (`chairman_old`, `docente_esterno`), and a head-first
 * role of a thing (`direttore_corso`). `<role> name` is that person's name (`responsible_name`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const union = ['id', 'name', 'chairman_old', 'secretary', 'kassenwart', 'founded_at', 'bank_account'];
const cats = (name: string, type = 'varchar(100)', siblings = union, container = 'Union') => categories(name, { container: [container], type, siblings });

describe('an office holder named by the role', () => {
  it('holds that person\'s name in a text column, in each language', () => {
    for (const role of ['chairman', 'treasurer', 'secretary', 'responsible', 'vorsitzender', 'kassenwart', 'penningmeester', 'voorzitter', 'tresorier', 'tesorero', 'segretario', 'puheenjohtaja', 'ordforande', 'skarbnik']) {
      expect(cats(role), role).toEqual(['name']);
    }
    expect(cats('formand', 'varchar(100)', ['id', 'navn', 'formand', 'adresse', 'postnummer', 'by'], 'forening')).toEqual(['name']);
  });

  it('keeps it through a word the data allows after it and through what a head-first role is a role in', () => {
    expect(cats('chairman_old')).toEqual(['name']);
    expect(cats('docente_esterno', 'CharField', ['data', 'docente_esterno', 'luogo'], 'Lezione')).toEqual(['name']);
    expect(cats('direttore_corso', 'CharField', ['nome', 'direttore_corso', 'data_inizio'], 'Titolo')).toEqual(['name']);
    expect(cats('responsible_name', 'CharField', ['name', 'responsible_name', 'start_date'], 'Activity')).toEqual(['name']);
    expect(cats('NomeFiliacao1', 'string', ['CodigoAluno', 'NomeFiliacao1', 'NomeFiliacao2'], 'DadosFiliacaoDto')).toEqual(['name']);
  });

  it('but not a link, a flag, a count or a role\'s other data', () => {
    expect(cats('chairman_id', 'int')).toEqual([]);
    expect(cats('treasurer', 'boolean')).toEqual([]);
    expect(cats('secretary_count', 'int')).toEqual([]);
    expect(cats('chairman_since', 'varchar(100)')).toEqual([]);
    expect(cats('docente', 'ManyToManyField', ['data', 'docente'], 'Lezione')).toEqual([]);
  });
});
