/**
 * Issue 11 (session 30): who heads a company, a department or a project, named by the role alone in the Scandinavian
 * languages and Dutch (`dagligLeder`, `projektleder`, `projektledare`, `leidinggevende`): that person's name, as a bare
 * `styreleder` or `Schulleiter` is.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a Norwegian company\'s managing director and a department\'s head', () => {
  it('are the names of people', () => {
    const found = scanned(`
      export interface Enhet {
        organisasjonsnummer: string;
        navn: string;
        dagligLeder?: string;
        styreleder?: string;
        forretningsadresse?: string;
      }
      export interface Avdelingsoversikt {
        avdelingsnavn: string;
        avdelingsleder: string;
      }
    `);
    expect(found.dagligLeder).toEqual(['name']);
    expect(found.avdelingsleder).toEqual(['name']);
    expect(categories('daglig_leder', { container: ['foretak'], siblings: ['orgnr', 'navn', 'daglig_leder'], type: 'varchar(200)' })).toEqual(['name']);
    expect(categories('prosjektleder', { container: ['prosjekt'], siblings: ['prosjektnavn', 'prosjektleder'], type: 'text' })).toEqual(['name']);
  });

  it("stays out of the head's id and a flag", () => {
    expect(categories('dagligLederId', { container: ['Enhet'], type: 'string' })).toEqual([]);
    expect(categories('harDagligLeder', { container: ['Enhet'], type: 'boolean' })).toEqual([]);
  });
});

describe('the Danish, Swedish and Dutch heads of a project or a unit', () => {
  it('are the names of people', () => {
    const found = scanned(`
      export interface Lokalplan {
        id: number;
        nr: string;
        titel: string;
        projektleder: string;
        telefon: string;
      }
    `);
    expect(found.projektleder).toEqual(['name']);
    expect(categories('projektledare', { container: ['Projekt'], siblings: ['projektnamn', 'projektledare'], type: 'String' })).toEqual(['name']);
    expect(categories('enhetschef', { container: ['Vardenhet'], siblings: ['enhetsnamn', 'enhetschef'], type: 'String' })).toEqual(['name']);
    expect(categories('leidinggevende', { container: ['Medewerker'], siblings: ['voornaam', 'achternaam', 'leidinggevende'], type: 'CharField' })).toEqual(['name']);
    expect(categories('projectleider', { container: ['Project'], siblings: ['projectnaam', 'projectleider'], type: 'varchar(100)' })).toEqual(['name']);
  });
});
