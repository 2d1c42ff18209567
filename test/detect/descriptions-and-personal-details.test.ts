/**
 * A description beside a bare name is a thing's record's in every lexicon language (rules/context.yml `thingEvidence`:
 * `omschrijving`, `beschreibung`, `descricao`, `kuvaus`, ...), as English `description` already was; and a record named
 * for a person's details (`IPersoonsgegevens`, `Personalien`, `PersonalDetails`, `DatiPersonali`) is that person's
 * own, whatever its other fields say.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(50)') => categories(name, { container: [container], type, siblings });

describe("a description in the other languages", () => {
  it("makes a bare name a thing's (ORGANISATORISCHEEENHEID.NAAM, gruppe.name, unidade.nome)", () => {
    expect(cats('NAAM', 'EENHEID', ['ID', 'EMAILADRES', 'NAAM', 'OMSCHRIJVING', 'TELEFOONNUMMER'])).toEqual([]);
    expect(cats('name', 'verwaltung', ['id', 'name', 'beschreibung', 'email'])).toEqual([]);
    expect(cats('nome', 'unidade', ['id', 'nome', 'descricao', 'email'])).toEqual([]);
  });

  it("leaves a person's record alone (a given and a family name beside the description, or a person's container)", () => {
    expect(cats('naam', 'ABONNEE', ['id', 'voornaam', 'achternaam', 'naam', 'omschrijving', 'email'])).toEqual(['name']);
    expect(cats('name', 'kunde', ['id', 'name', 'beschreibung', 'email'])).toEqual(['name']);
  });
});

describe("a record of a person's details", () => {
  it("is the person's own record (IPersoonsgegevens.naam beside an omschrijving, Personalien.name, DatiPersonali.nome)", () => {
    expect(cats('naam', 'IPersoonsgegevens', ['naam', 'omschrijving', 'voornaam', 'rijksregisternummer'], 'string')).toEqual(['name']);
    expect(cats('name', 'Personalien', ['name', 'geburtsdatum'])).toEqual(['name']);
    expect(cats('nome', 'DatiPersonali', ['nome', 'codice_fiscale'])).toEqual(['name']);
    expect(cats('name', 'PersonalDetails', ['name', 'birthDate'])).toEqual(['name']);
  });

  it("is not a personal thing's record (PersonalAccessToken.name)", () => {
    expect(cats('name', 'PersonalAccessToken', ['name', 'token', 'expires_at'])).toEqual([]);
  });
});
