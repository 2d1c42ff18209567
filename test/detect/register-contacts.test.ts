/**
 * Session 17 (s17-contact): the number or address a public contact register holds for a person, written after the term
 * (`telefon_register`, `epost_register`: Norway's contact and reservation register), as `telefone_cadastro` and
 * `email_registro` already were (rules/phone.yml, rules/email.yml `suffixes`). Written from a training miss
 * (sosialhjelp-soknad's contact record).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a contact register\'s number or address', () => {
  const kontakt = ['id', 'soknad_id', 'telefon_bruker', 'telefon_register', 'epost_register'];

  it('is the person\'s phone or email', () => {
    expect(categories('telefon_register', { container: ['kontakt'], type: 'varchar(50)', siblings: kontakt })).toEqual(['phone']);
    expect(categories('epost_register', { container: ['kontakt'], type: 'varchar(50)', siblings: kontakt })).toEqual(['email']);
  });

  it('stays out as a flag or a date about the register', () => {
    expect(categories('telefon_register_sjekket', { container: ['kontakt'], type: 'varchar(50)', siblings: kontakt })).toEqual([]);
    expect(categories('email_register', { container: ['kontakt'], type: 'boolean', siblings: kontakt })).toEqual([]);
  });
});
