/**
 * Session 50's detector changes, from a fresh code base's first run (moved to training since): the Piedmont Region's
 * administrative-sanctions system (Italian JPA entities and Angular value objects).
 * - a letter template's data written with the data word first (`DatiTemplateVO`, `DatosPlantilla`) holds the people
 *   the letter names, as `TemplateData` does (rules/context.yml `leadingPayloadContainers`);
 * - a public body's officers and who a sanction names (`funzionario`, `dirigente`, `nomeAvvocato`, `trasgressori`)
 *   are people, as English `officer`, `director`, `lawyer` and `accused` are (rules/lexicon/it.yml).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a template's data named with the data word first", () => {
  it('holds the names and addresses the letter carries', () => {
    const fields = scanned(`export class DatiTemplateVO {
  public dirigente: string;
  public email?: string;
  public indirizzo: string;
  public numeroProtocollo: string;
}`);
    expect(fields).toEqual({ dirigente: ['name'], email: ['email'], indirizzo: ['address'] });
  });

  it("stays a template's own settings where nothing says it carries data", () => {
    expect(scanned('export interface TemplateVO { nome: string; oggetto: string }')).toEqual({});
  });
});

describe("an Italian public body's officers and parties", () => {
  it('are named by the role alone or with a name word', () => {
    const siblings = ['id', 'funzionario', 'nomeAvvocato', 'trasgressori', 'dataVerbale'];
    expect(categories('funzionario', { container: ['VerbaleVO'], type: 'string', siblings })).toEqual(['name']);
    expect(categories('nomeAvvocato', { container: ['VerbaleVO'], type: 'string', siblings })).toEqual(['name']);
    expect(categories('trasgressori', { container: ['VerbaleVO'], type: 'string', siblings })).toEqual(['name']);
  });

  it("holds the lawyer's address and mailbox", () => {
    const siblings = ['id', 'nomeAvvocato', 'indirizzoAvvocato', 'mailAvvocato'];
    expect(categories('mailAvvocato', { container: ['DifesaVO'], type: 'string', siblings })).toEqual(['email']);
    expect(categories('indirizzoAvvocato', { container: ['DifesaVO'], type: 'string', siblings })).toEqual(['address']);
  });

  it("is no person where the word qualifies a thing's flag or count", () => {
    expect(categories('flagFunzionarioAbilitato', { container: ['Configurazione'], type: 'boolean', siblings: ['id', 'flagFunzionarioAbilitato'] })).toEqual([]);
  });
});
