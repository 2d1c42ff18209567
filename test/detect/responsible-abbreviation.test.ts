/**
 * Brazilian and Italian schemas abbreviate the responsible person (responsável, responsabile) to `resp` after the data
 * (`email_resp`, `z01_c_emailresp`, `nome_resp`, `telefone_resp`: a pupil's guardian's, an administration's
 * responsible's): a person noun like the word it shortens (rules/lexicon/pt.yml).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const pupil = ['ed47_i_codigo', 'ed47_v_nome', 'ed47_v_ender', 'ed47_c_cep', 'ed47_c_emailresp', 'ed47_c_nomeresp'];
const cats = (name: string, type = 'char(50)') => categories(name, { container: ['aluno'], type, siblings: pupil });

describe('the responsible person abbreviated after the data', () => {
  it("is whose it is (email_resp, emailresp glued, nome_resp, telefone_resp)", () => {
    expect(cats('ed47_c_emailresp')).toEqual(['email']);
    expect(cats('email_resp')).toEqual(['email']);
    expect(cats('ed47_c_nomeresp', 'char(70)')).toEqual(['name']);
    expect(cats('telefone_resp', 'varchar(20)')).toEqual(['phone']);
  });

  it("but alone, with an id after it or beside no data it is nothing, and a response object stays one", () => {
    expect(cats('resp')).toEqual([]);
    expect(cats('email_resp_id', 'int')).toEqual([]);
    expect(cats('resp_status', 'varchar(20)')).toEqual([]);
    expect(categories('emailResp', { container: ['Handler'], type: 'SendEmailResponse', siblings: ['id', 'emailResp'] })).toEqual([]);
  });
});
