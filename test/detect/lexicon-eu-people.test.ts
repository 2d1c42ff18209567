/**
 * Issue 11, outside English (session 6): who a Norwegian or Portuguese field names, and whose data it is. Each
 * convention with the fields it must read and the traps it must leave alone; the words are each language's, not one
 * code base's.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (name: string, extra: Omit<FieldFacts, 'name'> = {}) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category).sort().join('+');

describe('Norwegian people', () => {
  const vedtak = { container: ['Vedtak'], siblings: ['vedtakId', 'orgnr', 'orgNavn', 'barnsNavn', 'innsenderNavn', 'opprettet'], type: 'String' };

  it('reads a person noun in the glued s-genitive before navn as that person name', () => {
    expect(['barnsNavn', 'brukersNavn', 'innsendersNavn', 'sokers_navn'].map((n) => categories(n, vedtak))).toEqual(Array(4).fill('name'));
  });

  it('reads who submits, orders, treats or survives as people, before or after navn', () => {
    expect(['innsenderNavn', 'navn_innsender', 'navnInnsender', 'optikerNavn', 'bestiller_navn', 'gjenlevende_navn'].map((n) => categories(n, vedtak))).toEqual(Array(6).fill('name'));
  });

  it('reads a person after på (navn_paa_barnet, navnPaaBarn) as whose name it is, not a programme after it', () => {
    const soknad = { container: ['Soknad'], siblings: ['navnPaaBarn', 'navnPaaTiltak', 'fodselsnummer'], type: 'String' };
    expect(categories('navnPaaBarn', soknad)).toBe('name');
    expect(categories('navn_paa_barnet', soknad)).toBe('name');
    expect(categories('epostPaaBruker', soknad)).toBe('email');
    expect(categories('navnPaaTiltak', soknad)).toBe('');
  });

  it('leaves an organisation name, a programme name and a case handler ident out', () => {
    expect(categories('organisasjonsnavn', vedtak)).toBe('');
    expect(categories('virksomhetsnavn', vedtak)).toBe('');
    expect(categories('orgNavn', vedtak)).toBe('');
    expect(categories('tiltakNavn', vedtak)).toBe('');
    expect(categories('navn', { container: ['Arrangor'], siblings: ['id', 'navn', 'organisasjonsnummer', 'overordnetEnhetNavn'], type: 'String' })).toBe('');
    // NAV stores the case handler's and the decider's ident under their role alone: no role name in Norwegian.
    expect(categories('saksbehandler', { container: ['behandling'], type: 'varchar' })).toBe('');
    expect(categories('beslutter', { container: ['behandling'], type: 'varchar' })).toBe('');
  });

  it('reads a contact person after an email or a phone as whose it is, not a name', () => {
    const avtale = { container: ['bruksvilkar'], siblings: ['orgnr', 'navn_kontaktperson', 'epost_kontaktperson', 'telefon_kontaktperson'], type: 'text' };
    expect(categories('epost_kontaktperson', avtale)).toBe('email');
    expect(categories('telefon_kontaktperson', avtale)).toBe('phone');
    expect(categories('navn_kontaktperson', avtale)).toBe('name');
    expect(categories('kontaktperson', avtale)).toBe('name');
  });
});

describe('Portuguese people and roles', () => {
  it('reads a profession or a public role as a person record, so its nome is a name', () => {
    for (const container of ['Nutricionista', 'Servidor', 'Produtor', 'Prescritor']) {
      expect(categories('nome', { container: [container], siblings: ['nome', 'crn', 'criado_em'], type: 'CharField' }), container).toBe('name');
    }
  });

  it('leaves the nome of a unit, a product or a file out', () => {
    expect(categories('nome', { container: ['Unidade'], siblings: ['nome', 'codigo_eol', 'tipo_unidade'], type: 'CharField' })).toBe('');
    expect(categories('nome', { container: ['Produto'], siblings: ['nome', 'preco'], type: 'CharField' })).toBe('');
    expect(categories('nome_unidade', { container: ['Guia'], siblings: ['nome_unidade', 'endereco_unidade'], type: 'CharField' })).toBe('');
    // Words that are also adjectives are no person nouns: a product's technical name, a required name.
    expect(categories('nome_tecnico', { container: ['Produto'], siblings: ['nome', 'nome_tecnico', 'preco'], type: 'CharField' })).toBe('');
    expect(categories('nome_requerido', { container: ['Campo'], type: 'CharField' })).toBe('');
  });

  it('reads a role alone, or a role in something, as its holder name', () => {
    const ata = { container: ['Ata'], siblings: ['data_reuniao', 'local_reuniao', 'presidente_reuniao', 'secretario_reuniao'], type: 'CharField' };
    expect(categories('presidente_reuniao', ata)).toBe('name');
    expect(categories('secretario_reuniao', ata)).toBe('name');
    expect(categories('representante_legal', { container: ['Empresa'], type: 'CharField' })).toBe('name');
    expect(categories('prescritor', { container: ['SolicitacaoDieta'], type: 'CharField' })).toBe('name');
  });

  it('leaves a role key, a role document number and a role email out of the role name', () => {
    expect(categories('presidente_id', { container: ['Ata'], type: 'integer' })).toBe('');
    expect(categories('responsavel_cpf', { container: ['Aluno'], type: 'CharField' })).toBe('');
    expect(categories('representante_legal_cpf', { container: ['Empresa'], type: 'CharField' })).toBe('');
    expect(categories('presidente_email', { container: ['Comissao'], type: 'CharField' })).toBe('email');
  });

  it('reads the address, phone and contact of a unit as the unit data', () => {
    const guia = { container: ['Guia'], siblings: ['numero_guia', 'nome_unidade', 'endereco_unidade', 'cep_unidade', 'telefone_unidade', 'contato_unidade'], type: 'CharField' };
    expect(categories('endereco_unidade', guia)).toBe('address');
    expect(categories('cep_unidade', guia)).toBe('address');
    expect(categories('telefone_unidade', guia)).toBe('phone');
    expect(categories('telefone_escola', guia)).toBe('phone');
    expect(categories('contato_unidade', guia)).toBe('name');
    // A state or a code of the unit is no address.
    expect(categories('estado_unidade', guia)).toBe('');
    expect(categories('codigo_unidade', guia)).toBe('');
  });
});

describe('Polish register conventions', () => {
  const pobyt = { container: ['DanePobytu'], siblings: ['NumerDomu', 'NumerLokalu', 'Gmina', 'KodPocztowy', 'Miejscowosc', 'UlicaCecha', 'UlicaNazwa', 'Wojewodztwo'], type: 'string?' };

  it('reads the ordinal after imie and the street name after ulica (PESEL register order)', () => {
    expect(categories('ImiePierwsze', { container: ['DaneImion'], type: 'string?' })).toBe('name');
    expect(categories('imieDrugie', { container: ['Imiona'], type: 'string?' })).toBe('name');
    expect(categories('UlicaNazwa', pobyt)).toBe('address');
    expect(categories('UlicaCecha', pobyt)).toBe('address');
    expect(categories('Miejscowosc', pobyt)).toBe('address');
  });

  it('reads a member typed as Dane<concept> (the data of names) as that concept', () => {
    expect(categories('Imiona', { container: ['Osoba'], type: 'DaneImion?' })).toBe('name');
    expect(categories('Nazwiska', { container: ['Osoba'], type: 'DaneNazwiska?' })).toBe('name');
  });

  it('leaves a municipality, a county, a province and a country of residence out of the address', () => {
    expect(categories('Gmina', pobyt)).toBe('');
    expect(categories('powiat', pobyt)).toBe('');
    expect(categories('Wojewodztwo', pobyt)).toBe('');
    expect(categories('KrajZamieszkania', { container: ['Osoba'], type: 'DaneKrajowZamieszkania?' })).toBe('');
  });
});

describe('Danish register conventions', () => {
  it('reads the c/o line and the old spelling of address lines as address', () => {
    const adresse = { container: ['adresse'], siblings: ['cprKommunekode', 'cprVejkode', 'husnummer', 'etage', 'sidedør', 'adresselinie1', 'adresselinie2'], type: 'String' };
    expect(categories('adresselinie1', adresse)).toBe('address');
    expect(categories('conavn', { container: ['conavn'], type: 'String' })).toBe('address');
    expect(categories('co_navn', { container: ['person'], siblings: ['fornavn', 'efternavn', 'co_navn'], type: 'varchar(34)' })).toBe('address');
  });

  it('reads a member typed as a register record of the value as that value', () => {
    expect(categories('adresse', { container: ['person'], type: 'AddressDataRecord' })).toBe('address');
  });

  it('leaves codes, keys and templates named after the data out', () => {
    expect(categories('cprVejkode', { container: ['adresse'], type: 'int' })).toBe('');
    expect(categories('adresselinie1', { container: ['adresse'], type: 'int' })).toBe('');
    expect(categories('email', { container: ['Notification'], type: 'EmailTemplateRecord' })).toBe('');
  });
});
