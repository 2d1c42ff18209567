/**
 * Legacy and ERP column conventions (issue 11): a table code or vendor prefix before the field, abbreviated columns,
 * SAP's numbered names; and the record-shape evidence that a person's national identity number gives. Each case has
 * a positive and the trap it must not fall into. (Tried and dropped: `inbox`/`mailbox` as system words, which fixed a
 * training false positive but cost a held-out email.)
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(40)') =>
  categories(name, { container: [container], type, siblings });

describe('a prefix before the field', () => {
  const patient = ['PAT_ID', 'PAT_FNAME', 'PAT_LNAME', 'PAT_TEL', 'PAT_MOB', 'PAT_EMAIL1', 'PAT_STATUS'];
  const glued = ['XXID', 'XXFNAME', 'XXLNAME', 'XXFON', 'XXMOB', 'XXEMAIL1', 'XXSTATUS'];
  const coded = ['z01_numcgm', 'z01_nome', 'z01_ender', 'z01_bairro', 'z01_munic', 'z01_cep', 'z01_telef', 'z01_email', 'z01_cadast'];

  it('is split off when the rest is a known field word (PAT_FNAME, XXFNAME, z01_nome)', () => {
    expect(cats('PAT_FNAME', 'PATIENT', patient)).toEqual(['name']);
    expect(cats('PAT_TEL', 'PATIENT', patient)).toEqual(['phone']);
    expect(cats('PAT_MOB', 'PATIENT', patient)).toEqual(['phone']);
    expect(cats('PAT_EMAIL1', 'PATIENT', patient)).toEqual(['email']);
    expect(cats('XXFNAME', 'XXCUST', glued)).toEqual(['name']);
    expect(cats('XXFON', 'XXCUST', glued)).toEqual(['phone']);
    expect(cats('XXEMAIL1', 'XXCUST', glued)).toEqual(['email']);
    expect(cats('z01_nome', 'cgm', coded)).toEqual(['name']);
    expect(cats('z01_telef', 'cgm', coded)).toEqual(['phone']);
  });

  it("reads a surname abbreviated beside fname and lname (PAT_SNAME) and a next of kin without its preposition (PAT_NEXT_KIN)", () => {
    const opd = ['OPD_ID', 'OPD_PAT_FNAME', 'OPD_PAT_SNAME', 'OPD_PAT_NEXT_KIN', 'OPD_STATUS'];
    expect(cats('OPD_PAT_SNAME', 'OPD', opd)).toEqual(['name']);
    expect(cats('OPD_PAT_NEXT_KIN', 'OPD', opd)).toEqual(['name']);
    expect(cats('next_kin_relation', 'patients', ['id', 'first_name', 'next_kin_relation'])).toEqual([]);
  });

  it('leaves the prefixed ids, statuses and dates out', () => {
    expect(cats('PAT_ID', 'PATIENT', patient)).toEqual([]);
    expect(cats('PAT_STATUS', 'PATIENT', patient)).toEqual([]);
    expect(cats('XXSTATUS', 'XXCUST', glued)).toEqual([]);
    expect(cats('z01_cadast', 'cgm', coded, 'date')).toEqual([]);
  });
});

describe('abbreviated and numbered columns', () => {
  it("are a person's data (LNAME, FON, TEL, MOB, EMAIL1, SAP's NAME1, TELF1)", () => {
    const contacts = ['id', 'fname', 'lname', 'tel', 'mob', 'fon', 'email1'];
    for (const [name, category] of [['lname', 'name'], ['fname', 'name'], ['fon', 'phone'], ['tel', 'phone'], ['mob', 'phone'], ['email1', 'email']]) {
      expect(cats(name!, 'contacts', contacts)).toEqual([category]);
    }
    const kna1 = ['KUNNR', 'NAME1', 'NAME2', 'STRAS', 'ORT01', 'PSTLZ', 'TELF1', 'SMTP_ADDR'];
    expect(cats('NAME1', 'KNA1', kna1)).toEqual(['name']);
    expect(cats('TELF1', 'KNA1', kna1)).toEqual(['phone']);
    expect(cats('SMTP_ADDR', 'KNA1', kna1)).toEqual(['email']);
  });

  it('leave the customer number and a product table alone', () => {
    expect(cats('KUNNR', 'KNA1', ['KUNNR', 'NAME1', 'STRAS', 'ORT01'])).toEqual([]);
    expect(cats('NAME1', 'MAKT', ['MATNR', 'SPRAS', 'NAME1', 'MAKTX', 'PRICE'])).not.toContain('name');
  });
});

describe("a national identity number beside a bare name", () => {
  it("makes the name a person's (fnr, personident, cpf, bsn, ssn, hetu)", () => {
    expect(cats('navn', 'Response', ['vedtakId', 'orgnr', 'fnr', 'navn', 'opprettet'], 'String')).toEqual(['name']);
    expect(cats('navn', 'PersonaliaDto', ['personident', 'personId', 'navn'], 'Navn')).toEqual(['name']);
    expect(cats('nome', 'registro', ['id', 'cpf', 'nome', 'situacao'])).toEqual(['name']);
    expect(cats('naam', 'registratie', ['id', 'bsn', 'naam', 'status'])).toEqual(['name']);
    expect(cats('name', 'records', ['id', 'ssn', 'name', 'created_at'])).toEqual(['name']);
    expect(cats('nimi', 'rekisteri', ['id', 'hetu', 'nimi', 'tila'])).toEqual(['name']);
  });

  it("does not make a thing's name a person's without one", () => {
    expect(cats('navn', 'Response', ['vedtakId', 'orgnr', 'navn', 'opprettet'], 'String')).toEqual([]);
    expect(cats('name', 'records', ['id', 'sku', 'name', 'created_at'])).toEqual([]);
    // A number that may be a company's (`cpf_cnpj`: a person's CPF or a company's CNPJ) is no evidence of a person.
    expect(cats('nome', 'cadastro', ['id', 'cpf_cnpj', 'nome', 'tipo'])).toEqual([]);
    // An organisation's own name beside a person's number stays the organisation's.
    expect(cats('orgNavn', 'Response', ['fnr', 'orgnr', 'orgNavn'], 'String')).toEqual([]);
  });
});
