/**
 * A minor and who keeps or audits a person's accounts are person nouns in every lexicon language (rules/lexicon
 * personNouns: `minore`, `menor`, `mineur`, `minderjarige`, `regnskapsforer`, `steuerberater` ...), a composed name
 * (`sammensattNavn`, NAV's population register) is a whole name, and German `zuständig` names the responsible person
 * by role alone. Cases from training code bases (iscritto-torino, k9-punsj, foerdermittel).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'String') => categories(name, { container: [container], type, siblings });
const testata = ['idDomandaIscrizione', 'idSoggettoMinore', 'codiceFiscaleMinore', 'cognomeMinore', 'nomeMinore', 'statoDomandaCodice'];

describe("a minor's name", () => {
  it('is a person\'s name, the minor named after the name term where compounds put the head first', () => {
    expect(cats('nomeMinore', 'TestataDomanda', testata)).toEqual(['name']);
    expect(cats('cognomeMinore', 'TestataDomanda', testata)).toEqual(['name']);
    expect(cats('nombre_menor', 'solicitud', ['id', 'nombre_menor', 'apellido_menor', 'fecha'])).toEqual(['name']);
    expect(cats('nom_mineur', 'dossier', ['id', 'nom_mineur', 'date_depot'])).toEqual(['name']);
  });

  it("but not the minor's tax code, id or a count of minors", () => {
    expect(cats('codiceFiscaleMinore', 'TestataDomanda', testata)).toEqual([]);
    expect(cats('idSoggettoMinore', 'TestataDomanda', testata, 'Long')).toEqual([]);
    expect(cats('numero_filhos_menores_21_anos', 'InscricaoFiscal', ['id', 'numero_filhos_menores_21_anos'], 'PositiveIntegerField')).toEqual([]);
  });
});

describe("an accountant's name and a composed name", () => {
  it('count in code members', () => {
    const found = scanned(`export interface SelvstendigNaerinsdrivende {
  regnskapsførerNavn: string | null;
  regnskapsførerTlf: string | null;
  virksomhetNavn: string;
}
export interface IBarn {
  norskIdent: string;
  sammensattNavn: string;
}`);
    expect(found['regnskapsførerNavn']).toEqual(['name']);
    expect(found['sammensattNavn']).toEqual(['name']);
    expect(found['virksomhetNavn']).toBeUndefined();
    expect(found['norskIdent']).toBeUndefined();
  });

  it("and the responsible person by role alone in German, text only", () => {
    expect(cats('zustaendig', 'projekttermine', ['id', 'projekt_id', 'termin', 'zustaendig'], 'varchar(60)')).toEqual(['name']);
    expect(cats('zustaendig_id', 'projekttermine', ['id', 'projekt_id', 'termin', 'zustaendig_id'], 'int')).toEqual([]);
  });
});
