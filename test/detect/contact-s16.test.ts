/**
 * Session 16's address, email and phone families (rules/context.yml, rules/email.yml, rules/phone.yml,
 * src/detect/value-list.ts, src/detect/context.ts): a city's register of streets and house numbers, the lists a stored
 * mail went to, which of a person's numbers (the main one, the one for the evening or the night) in every lexicon
 * language, and a bare contact-information text.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a register of streets, house numbers or addresses', () => {
  it("holds nobody's address (the BAG's NUMMERAANDUIDING and OPENBARERUIMTE, an Italian civiliario as a service returns it)", () => {
    const bag = ['NUMMERAANDUIDING_ID', 'HUISLETTER', 'HUISNUMMER', 'HUISNUMMERTOEVOEGING', 'POSTCODE', 'STATUS'];
    for (const field of ['HUISNUMMER', 'HUISLETTER', 'POSTCODE']) expect(categories(field, { container: ['NUMMERAANDUIDING'], type: 'varchar(255)', siblings: bag }), field).toEqual([]);
    expect(categories('STRAATNAAM', { container: ['OPENBARERUIMTE'], type: 'varchar(255)', siblings: ['OPENBARERUIMTE_ID', 'STRAATNAAM', 'STRAATCODE'] })).toEqual([]);
    for (const register of ['Stradario', 'Callejero', 'StreetDirectory', 'Strassenverzeichnis', 'Gazetteer']) {
      expect(categories('street', { container: [register], type: 'string', siblings: ['id', 'street', 'postcode'] }), register).toEqual([]);
    }
    expect(scanned('export interface CiviliarioResponse {\n  id: number;\n  numero: string;\n  nome_via: string;\n  indirizzo: string;\n}\n')).toEqual({});
  });

  it("leaves a person's or an address record's own address alone, the same field names included (ADRESAANDUIDING, Persoon)", () => {
    const fields = ['ADRESAANDUIDING_ID', 'HUISLETTER', 'HUISNUMMER', 'HUISNUMMERTOEVOEGING', 'POSTCODE'];
    // The register first: a container's result must not decide another's with the same fields.
    expect(categories('HUISNUMMER', { container: ['NUMMERAANDUIDING'], type: 'varchar(255)', siblings: fields })).toEqual([]);
    expect(categories('HUISNUMMER', { container: ['ADRESAANDUIDING'], type: 'varchar(255)', siblings: fields })).toEqual(['address']);
    expect(categories('straatnaam', { container: ['Persoon'], type: 'varchar(80)', siblings: ['voornaam', 'achternaam', 'straatnaam', 'postcode'] })).toEqual(['address']);
    expect(scanned('export interface IndirizzoResponse {\n  nome_via: string;\n  numero: string;\n  cap: string;\n  indirizzo: string;\n}\n')['indirizzo']).toEqual(['address']);
  });
});

describe('a list column of unknown kind (a bare Django ArrayField)', () => {
  it("is the addresses a stored mail went to (to, cc, bcc, reply_to)", () => {
    const mail = ['to', 'cc', 'bcc', 'subject', 'body_text', 'from_email', 'reply_to', 'created_at'];
    for (const field of ['to', 'cc', 'bcc', 'reply_to']) expect(categories(field, { container: ['Email'], type: 'ArrayField', siblings: mail }), field).toEqual(['email']);
  });

  it("is no one's postal address: a list of postcodes or towns is an area served", () => {
    expect(categories('post_codes', { container: ['Organisation'], type: 'ArrayField', siblings: ['name', 'post_codes', 'email'] })).toEqual([]);
    expect(categories('cities', { container: ['Customer'], type: 'ArrayField', siblings: ['first_name', 'last_name', 'cities', 'street'] })).toEqual([]);
    expect(categories('keywords', { container: ['Email'], type: 'ArrayField', siblings: ['to', 'cc', 'bcc', 'keywords'] })).toEqual([]);
  });
});

describe('the main number, or the one for the evening or the night, written after the term', () => {
  it('is a phone in every lexicon language (telefonHaupt, hoofdtelefoon written after, phone_number_nightly, tlf_kveld)', () => {
    for (const field of ['telefonHaupt', 'telefoon_hoofd', 'telefon_hoved', 'telefon_huvud', 'telefon_glowny', 'phone_number_nightly', 'phone_evening', 'phone_daytime', 'telefoon_overdag', 'telefoon_avond', 'tlf_kveld', 'telefon_kvall', 'tel_soir', 'telefono_noche', 'telefone_noite', 'telefono_notte']) {
      expect(categories(field, { container: ['Mitglied'], type: 'string', siblings: ['vorname', 'nachname', field] }), field).toEqual(['phone']);
    }
  });

  it('keeps a birthday one word and a setting about the phone out (birthday beside a name, phone_evening_enabled)', () => {
    expect(categories('Name', { container: ['NavneOpslagData'], type: 'string', siblings: ['SocialSecNum', 'Name', 'Address', 'Birthday'] })).toEqual(['name']);
    expect(categories('phone_evening_enabled', { container: ['Mitglied'], type: 'boolean', siblings: ['vorname', 'phone_evening_enabled'] })).toEqual([]);
    expect(categories('telefonHauptsache', { container: ['Vorgang'], type: 'string', siblings: ['id', 'telefonHauptsache'] })).toEqual([]);
  });
});

describe('a bare contact-information text', () => {
  it('is how to reach its person or place, written out: an email and a phone, in every lexicon language', () => {
    for (const field of ['contact_info', 'contact_information', 'contactgegevens', 'kontaktdaten', 'kontaktinformasjon', 'kontaktuppgifter', 'coordonnees', 'datos_de_contacto', 'recapiti', 'dados_contato', 'dane_kontaktowe']) {
      expect(categories(field, { container: ['resources'], type: 'varchar(85)', siblings: ['resource_id', 'name', field, 'description'] }), field).toEqual(['email', 'phone']);
    }
    expect(scanned('export interface Feedback {\n  naam: string;\n  contactgegevens: string;\n  omschrijving: string;\n}\n')['contactgegevens']).toEqual(['email', 'phone']);
  });

  it('is a record, a list or something else when typed or named so (contactInformation: Dto[], kontaktInfo List<String>, other_contact_info)', () => {
    expect(scanned('export class CreateStakeholderDto {\n  contactInformation?: IContactInformationDTO[];\n  contactDetails: ContactDetails;\n  hasContactInformation: boolean;\n}\n')).toEqual({});
    expect(categories('kontaktInfo', { container: ['Arende'], type: 'List<String>', siblings: ['id', 'kontaktInfo'] })).toEqual([]);
    expect(categories('other_contact_info', { container: ['services'], type: 'text', siblings: ['id', 'nom', 'other_contact_info'] })).toEqual([]);
    expect(categories('contactInformationUrl', { container: ['RecSupportInfo'], type: 'string', siblings: ['contactInformationUrl'] })).toEqual([]);
    // A record named so says nothing of its fields: its `addresses` stay postal addresses.
    expect(scanned('export interface ContactInformation {\n  phoneNumbers: ContactInfoPiece[];\n  addresses: ContactInfoPiece[];\n}\n')['addresses'] ?? []).not.toContain('email');
  });
});

describe('a state named before the address, and a list of towns named in the plural', () => {
  it('is the state the address is in, not the address (stato_residenza, sdcStatoDomicilio, estado_endereco, state_address)', () => {
    for (const field of ['cps_stato_residenza', 'sdcStatoDomicilio', 'estado_endereco', 'state_address', 'staat_adresse', 'etat_adresse']) {
      expect(categories(field, { container: ['CPSUser'], type: 'text', siblings: ['nome', 'cognome', 'email', field] }), field).toEqual([]);
    }
    expect(categories('cps_indirizzo_residenza', { container: ['CPSUser'], type: 'text', siblings: ['nome', 'cognome', 'email', 'cps_indirizzo_residenza'] })).toEqual(['address']);
  });

  it("keeps a `cities` table a list of places (its zipcode is no one's), and a municipality's record with its own street an address", () => {
    expect(categories('zipcode', { container: ['cities'], type: 'string', siblings: ['name', 'zipcode', 'code_insee', 'created_at'] })).toEqual([]);
    expect(categories('zipcode', { container: ['localities'], type: 'string', siblings: ['name', 'zipcode'] })).toEqual([]);
    expect(categories('zipcode', { container: ['municipalities'], type: 'string', siblings: ['name', 'street', 'zipcode'] })).toEqual(['address']);
  });
});
