/**
 * Words after a phone term that keep it the number (rules/phone.yml `suffixes`), as rules/email.yml has them for an
 * address: which number (new, old), a number abroad, the unit of an organisation it belongs to, the one registered with.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const person = (name: string, type = 'varchar(20)') => categories(name, { container: ['pessoa'], type, siblings: ['id', 'nome', 'sobrenome', name] });

describe('a phone term with a qualifier after it', () => {
  it('is still the number when the qualifier says which one, where or whose unit', () => {
    for (const name of ['telefone_novo', 'telefoon_oud', 'telefonAusland', 'phone_abroad', 'telefoon_buitenland', 'fonedepto', 'faxdepto', 'telefone_setor', 'telefone_inscricao']) {
      expect(person(name), name).toEqual(['phone']);
    }
  });

  it('while a link, a flag, a code or a count after the qualifier keeps it out', () => {
    expect(person('telefone_setor_id')).toEqual([]);
    expect(person('phone_foreign_code')).toEqual([]);
    expect(person('telefonAusland', 'boolean')).toEqual([]);
    expect(person('telefone_novo_count', 'integer')).toEqual([]);
  });
});

describe('the legacy abbreviation `tele`', () => {
  it('is a phone as the head of a column (`PAT_TELE` of a patient, `HOS_TELE`)', () => {
    expect(categories('PAT_TELE', { container: ['PATIENT'], type: 'varchar(50)', siblings: ['PAT_ID', 'PAT_FNAME', 'PAT_SNAME', 'PAT_TELE'] })).toEqual(['phone']);
    expect(person('tele')).toEqual(['phone']);
  });

  it('but not before another word (a tele-consultation, an operator, a link)', () => {
    for (const name of ['tele_consultation', 'tele_operator', 'tele_id', 'is_tele']) expect(person(name), name).toEqual([]);
  });
});
