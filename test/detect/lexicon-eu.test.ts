/**
 * Issue 11, outside English: the words, roles and conventions of the language lexicons (rules/lexicon/*.yml) as
 * the detector reads them. Names are written the way each language's schemas write them; none is one code base's.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (name: string, extra: Omit<FieldFacts, 'name'> = {}) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category).sort().join('+');

describe('role names', () => {
  it('reads a role alone holding text as that person name, in the role language', () => {
    const text = { type: 'varchar(200)' };
    expect(['autor', 'interessado', 'behandelaar', 'aanvrager', 'Sachbearbeiter', 'Schulleiter', 'mittente', 'administrador'].map((role) => categories(role, text))).toEqual(Array(8).fill('name'));
  });

  it('does not read a role as a name when it is a link, a relation or a flag', () => {
    expect(categories('autor_id', { type: 'integer' })).toBe('');
    expect(categories('behandelaar', { type: 'Medewerker' })).toBe('');
    expect(categories('interessado', { type: 'boolean' })).toBe('');
  });

  it('makes a role before a name a person name (nome_parlamentar, PersoonNaam)', () => {
    expect(categories('nome_parlamentar', { container: ['Parlamentar'], type: 'CharField' })).toBe('name');
    expect(categories('naam', { container: ['Persoon'], type: 'PersoonNaam' })).toBe('name');
  });
});

describe('organisations and qualifiers', () => {
  it('keeps the name of a committee, a party or a legislative body out, and its phone in as organisation data', () => {
    const siblings = ['nome', 'sigla', 'telefone_secretaria', 'endereco_secretaria'];
    expect(categories('nome', { container: ['Comissao'], siblings, type: 'CharField' })).toBe('');
    expect(categories('nome', { container: ['CasaLegislativa'], siblings, type: 'CharField' })).toBe('');
    const phone = detector.classifyField({ name: 'telefone_secretaria', container: ['Comissao'], siblings, type: 'CharField' });
    expect(phone.matches.map((m) => m.category)).toEqual(['phone']);
    expect(phone.isOrganisation).toBe(true);
  });

  it('reads a state or a description named before the data as no data', () => {
    expect(categories('uf_residencia', { container: ['Parlamentar'], type: 'CharField' })).toBe('');
    expect(categories('omschrijvingTelefoonnummer2', { container: ['Contactverzoek'], type: 'string' })).toBe('');
    expect(categories('telefoonnummer2', { container: ['Contactverzoek'], type: 'string' })).toBe('phone');
  });
});

describe('Dutch conventions', () => {
  it('reads a digital address as an email or a phone, never a postal address', () => {
    expect(categories('digitaalAdres', { type: 'string' })).toBe('email+phone');
    expect(categories('digitale_adressen', { type: 'text' })).toBe('email+phone');
    // The value of a contact point holds whichever its kind says (s4-lex-en's contact-point records): email or phone.
    expect(categories('adres', { container: ['DigitaalAdres'], siblings: ['adres', 'soort_digitaal_adres', 'omschrijving'], type: 'CharField' })).toBe('email+phone');
    expect(categories('soortDigitaalAdres', { type: 'string' })).toBe('');
  });

  it('reads the BRP residence, plural phone words and wrapped API types', () => {
    expect(categories('verblijfplaats', { container: ['Persoon'], type: 'PersoonVerblijfplaats' })).toBe('address');
    expect(categories('telefoonnummers', { container: ['Klant'], type: 'string[]' })).toBe('phone');
    expect(categories('verblijfadres', { container: ['Verblijfplaats'], type: 'VerblijfadresSource' })).toBe('address');
  });
});
