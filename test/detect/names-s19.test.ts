/**
 * Session 19's name families, each from training misses of more than one language or code base shape: judges and a
 * French applicant named by the role, UI text only as a record's head, a login's words beside the user's surname, a
 * person's word glued before an unknown head, a form's text field and a type named in another language, and a person's
 * sex or gender beside a bare name. Inputs are shaped like the training cases (mon-indemnisation-justice, pomocua,
 * wemi, iscritto-torino, k9-punsj, modiapersonoversikt, familie-ef-soknad, datafordeler-cpr, epracas, e-cidade, nhb-apps).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe("a judge's or a magistrate's name, and a French applicant named by the role", () => {
  it('is a person\'s name in every lexicon language, and a bare text `requerant` is the applicant\'s', () => {
    const found = scanned(`export class Procedure {
  numeroProcedure: string = "";
  nomMagistrat: string = "";
  juridiction: string = "";
}`);
    expect(found['nomMagistrat']).toEqual(['name']);
    expect(found['numeroProcedure']).toBeUndefined();
    expect(cats('nome_giudice', 'udienza', ['id', 'data', 'nome_giudice', 'aula'])).toEqual(['name']);
    expect(cats('richter_name', 'verfahren', ['id', 'aktenzeichen', 'richter_name'])).toEqual(['name']);
    expect(scanned(`export interface DossierApercu {
  reference: string;
  readonly requerant: string;
  dateDepot: Date;
}`)['requerant']).toEqual(['name']);
  });

  it("but not a court's name, a judge's id or the applicant's record", () => {
    expect(cats('magistrat_id', 'procedure', ['id', 'magistrat_id', 'nom_juridiction'], 'integer')).toEqual([]);
    expect(cats('nom_juridiction', 'procedure', ['id', 'magistrat_id', 'nom_juridiction'])).toEqual([]);
    expect(scanned(`export interface DossierDetail {
  reference: string;
  requerant: Requerant;
}`)['requerant']).toBeUndefined();
  });
});

describe('UI text only as the head of a record', () => {
  const offer = ['id', 'user_id', 'title', 'description', 'user_first_name', 'phone_number', 'title_ua', 'description_ua', 'translation_error_counter'];
  it("reads a translation offer as an offer: its user's first name and phone are personal data", () => {
    expect(cats('user_first_name', 'translation_offer', offer, 'text')).toEqual(['name']);
    expect(cats('phone_number', 'translation_offer', offer, 'text')).toEqual(['phone']);
  });

  it("keeps a form's labels and translations UI text", () => {
    expect(cats('first_name', 'FormLabels', ['first_name', 'last_name', 'email'], 'string')).toEqual([]);
    expect(cats('first_name', 'translations', ['locale', 'first_name', 'email'], 'string')).toEqual([]);
  });
});

describe("a login's words beside the user's surname", () => {
  it("are the user's given name (Italian `nome utente` beside `cognome utente`)", () => {
    expect(cats('tx_nome_utente', 'utente', ['id_utente', 'tx_nome_utente', 'tx_cognome_utente', 'ptx_email', 'ts_creazione'])).toEqual(['name']);
    const found = scanned(`export interface TestataDomanda {
  idDomanda: number;
  cognomeUtenteUltimaModifica: string;
  nomeUtenteUltimaModifica: string;
}`);
    expect(found['nomeUtenteUltimaModifica']).toEqual(['name']);
  });

  it('stay the login alone or beside a password', () => {
    expect(cats('nome_utente', 'account', ['id', 'nome_utente', 'password', 'ultimo_accesso'])).toEqual([]);
    expect(cats('nombre_usuario', 'cuenta', ['id', 'nombre_usuario', 'clave'])).toEqual([]);
  });
});

describe("a person's word glued before a head nobody knows", () => {
  it('makes the record a person\'s (`PersonsokResponse`, `Personvalg`)', () => {
    expect(scanned(`export interface PersonsokRequestV3 {
  navn?: string;
  kommunenr?: string;
}`)['navn']).toEqual(['name']);
    expect(scanned(`export interface Personvalg {
  identifikator: string;
  navn: string;
}`)['navn']).toEqual(['name']);
  });

  it('but not personal, personnel or persona, nor a compound without a person\'s word', () => {
    expect(scanned(`export interface Personalisering {
  navn: string;
  verdi: string;
}`)['navn']).toBeUndefined();
    expect(scanned(`export interface Produktvalg {
  navn: string;
  pris: number;
}`)['navn']).toBeUndefined();
  });
});

describe("a form's text field and a type named in another language", () => {
  it('hold the member\'s own value (`navn: ITekstFelt` of a child, `navn: NameDataRecord` of a person)', () => {
    const found = scanned(`export interface IBarn {
  id: string;
  alder: ITekstFelt;
  navn: ITekstFelt;
  harSammeAdresse: IBooleanFelt;
}`);
    expect(found['navn']).toEqual(['name']);
    expect(found['harSammeAdresse']).toBeUndefined();
    expect(cats('navn', 'person', ['id', 'navn', 'foedselsdato', 'koen'], 'NameDataRecord')).toEqual(['name']);
  });

  it("but a company's text field and a record of another kind stay out", () => {
    expect(scanned(`export interface IAksjeselskap {
  navn: ITekstFelt;
  organisasjonsnummer?: ITekstFelt;
}`)['navn']).toBeUndefined();
    expect(cats('navn', 'person', ['id', 'navn', 'foedselsdato', 'koen'], 'KommuneDataRecord')).toEqual([]);
  });
});

describe("a person's sex or gender beside a bare name", () => {
  it("makes the name a person's (`Rh(nome, sexo)`, `itbinome(nome, sexo)`, `IndivRecord(naam, geslacht)`)", () => {
    expect(cats('nome', 'Rh', ['praca', 'nome', 'identificacao', 'sexo', 'escolaridade', 'funcao'], 'CharField')).toEqual(['name']);
    expect(cats('naam', 'IndivRecord', ['discipline', 'geslacht', 'sporter', 'naam', 'datum', 'plaats', 'score'], 'CharField')).toEqual(['name']);
  });

  it('for the name only: the town of such a record is not made an address, and without it the name stays a thing\'s', () => {
    expect(cats('plaats', 'IndivRecord', ['discipline', 'geslacht', 'sporter', 'naam', 'datum', 'plaats', 'score'], 'CharField')).toEqual([]);
    expect(cats('nome', 'Rh', ['praca', 'nome', 'identificacao', 'escolaridade', 'funcao'], 'CharField')).toEqual([]);
    expect(cats('nome', 'Rh', ['praca', 'nome', 'sexo_id', 'escolaridade'], 'CharField')).toEqual([]);
  });
});
