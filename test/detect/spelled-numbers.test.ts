/**
 * A person's data numbered in words in the other lexicon languages (`autorizado_um` .. `autorizado_cinco`: the people
 * allowed to fetch a pupil; `telefone_dois`) is still that data, as `line_one` and `phone_2` are (src/detect/match-terms.ts);
 * a word after it that is no number keeps it out (`autorizado_parentesco`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const aluno = ['cod_aluno', 'autorizado_um', 'autorizado_dois', 'autorizado_tres', 'parentesco_um', 'telefone_dois'];
const cats = (name: string) => categories(name, { container: ['aluno'], type: 'character varying(150)', siblings: aluno });

describe('numbers spelled out after the data', () => {
  it('keep it the data', () => {
    expect(['autorizado_um', 'autorizado_dois', 'autorizado_tres'].map(cats)).toEqual([['name'], ['name'], ['name']]);
    expect(cats('telefone_dois')).toEqual(['phone']);
  });

  it('while another word after it keeps it out', () => {
    expect(cats('autorizado_parentesco')).toEqual([]);
    expect(cats('autorizado_id')).toEqual([]);
  });
});
