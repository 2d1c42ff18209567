/**
 * Session 23's name families, each from training misses (session 22's fresh batch among them), stated as a naming
 * convention rather than one code base's words. Inputs are shaped like the training cases (bidrag-frontend,
 * sdm-stamdata).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe("a Nordic person noun with the genitive's s glued on", () => {
  it("names that person: the name is theirs (VaergesNavn, relatertPersonsNavn, kundesNavn)", () => {
    const relation = ['Id', 'CPR', 'RelationCpr', 'VaergesNavn', 'VaergesNavnStartDato'];
    expect(cats('VaergesNavn', 'UmyndiggoerelseVaergeRelation', relation, 'varchar(50)')).toEqual(['name']);
    const found = scanned(`export interface IForelderBarnRelasjon {
      minRolleForPerson: ForelderrolleType;
      relatertPersonsIdent: string;
      relatertPersonsNavn?: string;
      relatertPersonsRolle: ForelderrolleType;
    }`);
    expect(found.relatertPersonsNavn).toEqual(['name']);
    expect(cats('kundesNavn', 'Ordre', ['id', 'kundesNavn', 'belop'], 'string')).toEqual(['name']);
  });

  it("but a date, an id or a thing's name after the genitive stays no name", () => {
    const relation = ['Id', 'CPR', 'RelationCpr', 'VaergesNavn', 'VaergesNavnStartDato'];
    expect(cats('VaergesNavnStartDato', 'UmyndiggoerelseVaergeRelation', relation, 'datetime')).toEqual([]);
    expect(cats('relatertPersonsIdent', 'IForelderBarnRelasjon', ['relatertPersonsIdent', 'relatertPersonsNavn'], 'string')).toEqual([]);
    expect(cats('kundesProduktnavn', 'Ordre', ['id', 'kundesProduktnavn', 'belop'], 'string')).toEqual([]);
  });
});

describe("a member's nested record named for a role", () => {
  it("is the person in that role, whatever record holds it (an association's assignee, a case's agent)", () => {
    const found = scanned(`export interface Association {
      id: string;
      org_number: string | null;
      assigned_to?: { id: string | null; name: string | null; email: string | null } | null;
    }
    export class EtatDossier {
      date: Date;
      agent?: { id: number; nom: string };
    }`);
    // The scanner reports a nested member under its own name.
    expect(found.name).toEqual(['name']);
    expect(found.nom).toEqual(['name']);
  });

  it("but a role word after another word is a thing's (a build agent), and a top-level record is decided as before", () => {
    const found = scanned(`export interface Deployment {
      id: string;
      build_agent: { id: string; name: string; os: string };
    }`);
    expect(found.name).toBeUndefined();
  });
});

describe("a Romance term's nouns written without the preposition that joins them", () => {
  it("match the term (nome_exibicao for nome de exibicao, a citizen's display name)", () => {
    const found = scanned(`export interface ModelsCitizen {
      cpf?: string;
      nome?: string;
      nome_exibicao?: string;
      email?: ModelsEmail;
    }`);
    expect(found.nome_exibicao).toEqual(['name']);
  });

  it("but a display name stays a person's only in a person's record", () => {
    expect(cats('nome_exibicao', 'Categoria', ['id', 'nome_exibicao', 'ordem'], 'string')).toEqual([]);
  });
});

describe("a directory account's logon name (Active Directory's sAMAccountName, userPrincipalName)", () => {
  it("makes the entry a person's: its common name and initials are the person's", () => {
    const entry = ['id', 'samaccountname', 'cn', 'department', 'manager', 'title', 'initials', 'distinguishedName', 'memberOf'];
    expect(cats('cn', 'Entry', entry, 'string')).toEqual(['name']);
    expect(cats('initials', 'Entry', entry, 'string')).toEqual(['name']);
    expect(cats('cn', 'DirectoryEntry', ['cn', 'userPrincipalName', 'mail'], 'string')).toEqual(['name']);
  });

  it("but a group's entry stays a group's, and the logon name itself is no name", () => {
    expect(cats('cn', 'AdGroup', ['cn', 'samaccountname', 'member', 'description'], 'string')).toEqual([]);
    expect(cats('samaccountname', 'Entry', ['id', 'samaccountname', 'cn'], 'string')).toEqual([]);
  });
});
