/**
 * Session 18's address, email and phone mechanisms (src/detect/address-group.ts, rules/lexicon/): a record's address
 * written as fields that share a qualifier the vocabulary does not know.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('an address group held out by its qualifier', () => {
  const impianto = ['id', 'cognome', 'nome', 'via_impianto', 'civico_impianto', 'cap_impianto', 'comune_impianto', 'provincia_impianto', 'tel_impianto', 'email_impianto'];
  it("is one address of the record: its street, number, postcode and town, and the same party's phone and email", () => {
    for (const field of ['via_impianto', 'civico_impianto', 'cap_impianto', 'comune_impianto']) expect(categories(field, { container: ['domande'], type: 'varchar(200)', siblings: impianto }), field).toEqual(['address']);
    expect(categories('tel_impianto', { container: ['domande'], type: 'varchar(200)', siblings: impianto })).toEqual(['phone']);
    expect(categories('email_impianto', { container: ['domande'], type: 'varchar(200)', siblings: impianto })).toEqual(['email']);
    expect(categories('provincia_impianto', { container: ['domande'], type: 'varchar(200)', siblings: impianto })).toEqual([]);
    const prec = ['nom', 'prenom', 'adresse', 'ville', 'adresse_prec', 'code_postal_prec', 'ville_prec'];
    for (const field of ['adresse_prec', 'code_postal_prec', 'ville_prec']) expect(categories(field, { container: ['responsables'], type: 'string', siblings: prec }), field).toEqual(['address']);
  });

  it('needs two of its address words: one qualified street stays the qualifier\'s', () => {
    expect(categories('via_impianto', { container: ['domande'], type: 'varchar(200)', siblings: ['id', 'nome', 'via_impianto', 'tel_impianto'] })).toEqual([]);
    expect(categories('tel_impianto', { container: ['domande'], type: 'varchar(200)', siblings: ['id', 'nome', 'via_impianto', 'tel_impianto'] })).toEqual([]);
  });

  it('is no group when the shared word is a key, a code or a region (cod_via, huisnummer_id, stato_residenza)', () => {
    const codes = ['id', 'cod_via', 'cod_civico', 'cod_cap', 'descrizione'];
    for (const field of ['cod_via', 'cod_civico']) expect(categories(field, { container: ['dati_catastali'], type: 'varchar(20)', siblings: codes }), field).toEqual([]);
    const keys = ['straat_id', 'huisnummer_id', 'postcode_id', 'woonplaats_id'];
    for (const field of keys) expect(categories(field, { container: ['IAdres'], type: 'number', siblings: keys }), field).toEqual([]);
    const regions = ['nome', 'cognome', 'indirizzo_residenza', 'stato_residenza', 'stato_domicilio', 'provincia_residenza', 'provincia_domicilio'];
    for (const field of ['stato_residenza', 'provincia_domicilio']) expect(categories(field, { container: ['utente'], type: 'string', siblings: regions }), field).toEqual([]);
  });
});

describe('a Scandinavian abbreviation ending a compound (adr, postnr, tlf)', () => {
  const medlem = ['fornavn', 'etternavn', 'epost', 'postnr', 'postadr', 'hytteadr', 'hyttepostnr', 'jobbtlf', 'bestelnummer'];
  it('is the address or phone it abbreviates after any modifier (a cabin address, a work phone)', () => {
    for (const field of ['postadr', 'hytteadr', 'hyttepostnr']) expect(categories(field, { container: ['medlem'], type: 'varchar(60)', siblings: medlem }), field).toEqual(['address']);
    expect(categories('jobbtlf', { container: ['medlem'], type: 'varchar(20)', siblings: medlem })).toEqual(['phone']);
  });

  it('stays a whole word when the short piece is inside it (bes|tel|nummer is no phone)', () => {
    expect(categories('bestelnummer', { container: ['medlem'], type: 'varchar(20)', siblings: medlem })).toEqual([]);
  });
});

describe("a mail's recipients' record named in another language (mailempfaenger, mailontvangers)", () => {
  it('keeps their email addresses in its bare address column', () => {
    const fields = ['id', 'mail', 'mitglied', 'adresse', 'versand'];
    expect(categories('adresse', { container: ['mailempfaenger'], type: 'varchar(50)', siblings: fields })).toEqual(['email']);
    expect(categories('adres', { container: ['mailontvangers'], type: 'varchar(80)', siblings: ['id', 'adres', 'verzonden'] })).toEqual(['email']);
    expect(categories('adresse', { container: ['empfaenger'], type: 'varchar(50)', siblings: ['id', 'vorname', 'nachname', 'adresse', 'plz', 'ort'] })).toEqual(['address']);
  });
});

describe('a web or a middleware address (www_osoite, internet_adresse, middleware_address)', () => {
  it("is a site's or a service's address, not a postal one", () => {
    const fields = ['nimi', 'www_osoite', 'postiosoite', 'postinumero'];
    expect(categories('www_osoite', { container: ['oppilaitos'], type: 'varchar(200)', siblings: fields })).toEqual([]);
    expect(categories('postiosoite', { container: ['oppilaitos'], type: 'varchar(200)', siblings: fields })).toEqual(['address']);
    expect(categories('internet_adresse', { container: ['Verein'], type: 'varchar(200)', siblings: ['name', 'internet_adresse', 'strasse', 'plz'] })).toEqual([]);
    expect(categories('middleware_address', { container: ['Facility'], type: 'string', siblings: ['name', 'middleware_address', 'address', 'pincode'] })).toEqual([]);
  });
});
