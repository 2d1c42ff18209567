/**
 * `mail` alone is an address only in a person's or an organisation's record, a message elsewhere; numbered
 * (`mail1`..`mail5`, `mail_2`) it is one of a list of addresses kept side by side, whatever the record: no message is
 * stored in numbered columns (rules/email.yml, `numbered`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

// A record that shows no person otherwise: no `cogn_resp` since session 29, which reads it as the officer's surname (a
// person's record, where a bare `mail` is an address).
const registry = ['cod_amm', 'des_amm', 'nome_resp', 'cf_validato', 'mail1', 'tipo_mail1', 'mail2', 'tipo_mail2'];
const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe('a numbered mail', () => {
  it('is an address in a record that shows no person or address otherwise (mail1, mail_2)', () => {
    expect(cats('mail1', 'IpaPublicAdministration', registry, 'string')).toEqual(['email']);
    expect(cats('mail_2', 'amministrazioni', ['id', 'codice', 'mail_1', 'mail_2'])).toEqual(['email']);
    expect(scanned('export interface IIpaPublicAdministrationRaw {\n  cod_amm: string;\n  des_amm: string;\n  mail1: string;\n  tipo_mail1: string;\n}\n')['mail1']).toEqual(['email']);
  });

  it('while a bare mail there, the type of a numbered mail, a thing\'s numbered mail and a qualified one stay out', () => {
    expect(cats('mail', 'IpaPublicAdministration', registry, 'string')).toEqual([]);
    expect(cats('tipo_mail1', 'IpaPublicAdministration', registry, 'string')).toEqual([]);
    expect(cats('order_mail1', 'IpaPublicAdministration', registry, 'string')).toEqual([]);
    expect(cats('mail2', 'Campaign', ['id', 'title', 'mail1', 'mail2'], 'string')).toEqual([]);
  });
});
