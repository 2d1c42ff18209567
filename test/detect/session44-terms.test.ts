/**
 * Session 44's detector changes, each from a fresh code base's first run (all moved to training since):
 * - a queue's job or a worker's task that sends a message carries that message (`SendSignupVerificationMailJobPayload
 *   .fullName`, an accounting ERP), where a bare `Job` stays a thing whose `fullName` is no one's (context.ts);
 * - a Danish table's `kontakt` is its contact person's name, only where the table is Danish (lexicon `scoped`; a
 *   Danish accounting system's `adresser`);
 * - an author and an instructor named by the role alone (`Nyhet.forfatter`, `Elev.larer`, a Norwegian driving
 *   school), and `modt` for the payee (`modt_navn`);
 * - an instructor before a name in Dutch, French and German (`instructeurNaam`, `moniteurNom`, `fahrlehrerName`);
 * - no email or phone number fits a character column of three characters (`ordrer.mail varchar(2)`, a flag);
 * - the dwelling an address is of, written after it (`adresseLogement`, a French state fund's applicants' homes), and
 *   Finnish `jakeluosoite` (a hunting club's members);
 * - a carrier company and a residential complex in Portuguese (`Transportadora.nome`, `Condominio.nome`: a concierge
 *   app's) are organisations, whose name is no person's (their phone still is data of the organisation's contact).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a job or a task that sends a message', () => {
  it("carries the message's addressee", () => {
    expect(categories('fullName', { container: ['SendSignupVerificationMailJobPayload'], type: 'string' })).toEqual(['name']);
    expect(categories('fullName', { container: ['WelcomeEmailTask'], type: 'string' })).toEqual(['name']);
  });

  it("leaves a job's own record a thing's", () => {
    expect(categories('fullName', { container: ['Job'], type: 'string' })).toEqual([]);
  });
});

describe("a Danish table's kontakt", () => {
  it("is the contact person's name in a Danish address table", () => {
    expect(categories('kontakt', { container: ['adresser'], siblings: ['firmanavn', 'addr1', 'postnr', 'bynavn', 'tlf', 'email', 'kontakt'], type: 'varchar(60)' })).toEqual(['name']);
  });

  it('is nothing in a German or a Norwegian table', () => {
    expect(categories('kontakt', { container: ['Kunde'], siblings: ['name', 'strasse', 'plz', 'ort', 'kontakt'], type: 'String' })).toEqual([]);
    expect(categories('kontakt', { container: ['Kunde'], siblings: ['navn', 'gateadresse', 'postnummer', 'poststed', 'kontakt'], type: 'String' })).toEqual([]);
  });
});

describe('people named by their role', () => {
  it('are Norwegian authors and teachers, and a Danish payee', () => {
    expect(categories('forfatter', { container: ['Nyhet'], siblings: ['tittel', 'innhold', 'forfatter'], type: 'String' })).toEqual(['name']);
    expect(categories('larer', { container: ['Elev'], siblings: ['fornavn', 'etternavn', 'larer'], type: 'String' })).toEqual(['name']);
    expect(categories('modt_navn', { container: ['betalinger'], type: 'text' })).toEqual(['name']);
  });

  it('own the name after them in Dutch, French and German', () => {
    expect(categories('instructeurNaam', { type: 'string' })).toEqual(['name']);
    expect(categories('moniteurNom', { type: 'string' })).toEqual(['name']);
    expect(categories('fahrlehrerName', { type: 'string' })).toEqual(['name']);
  });
});

describe('a character column of three characters', () => {
  it('holds no email address or phone number', () => {
    expect(categories('email', { container: ['ordrer'], siblings: ['firmanavn', 'email'], type: 'varchar(2)' })).toEqual([]);
    expect(categories('tlf', { container: ['ordrer'], siblings: ['firmanavn', 'tlf'], type: 'CHAR(1)' })).toEqual([]);
    expect(categories('email', { container: ['ordrer'], siblings: ['firmanavn', 'email'], type: 'varchar(60)' })).toEqual(['email']);
  });

  it('may hold a house letter', () => {
    expect(categories('husbokstav', { container: ['adresse'], siblings: ['gatenavn', 'husnummer', 'husbokstav'], type: 'varchar(2)' })).toEqual(['address']);
  });
});

describe('addresses', () => {
  it("are the dwelling's after the term, and Finnish delivery addresses", () => {
    expect(categories('adresseLogement', { container: ['ValidationAmo'], type: 'string' })).toEqual(['address']);
    expect(categories('jakeluosoite', { container: ['jasen'], siblings: ['etunimi', 'sukunimi', 'jakeluosoite', 'postinumero'], type: 'String' })).toEqual(['address']);
  });
});

describe('Portuguese organisations', () => {
  it("have a name that is no person's", () => {
    expect(categories('nome', { container: ['Transportadora'], type: 'string' })).toEqual([]);
    expect(categories('Nome', { container: ['Condominio'], type: 'string' })).toEqual([]);
    expect(categories('nome', { container: ['Morador'], type: 'string' })).toEqual(['name']);
  });
});
