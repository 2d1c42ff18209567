/**
 * Session 21's contact rules (email and phone recall first): a party's contact points held out by the same initialism
 * (src/detect/address-group.ts).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe("a party's contact points that share an initialism the vocabulary does not know (MAIL_RP, TELEFONO_RP)", () => {
  const body = ['ID', 'DENOMINAZIONE_ENTE', 'COGNOME_RP', 'NOME_RP', 'MAIL_RP', 'TELEFONO_RP', 'CELLULARE_RP', 'COGNOME_RT', 'MAIL_RT', 'TELEFONO_RT'];

  it("are that party's email and phone", () => {
    expect(categories('MAIL_RP', { container: ['PAGOPA_ENTI'], type: 'varchar(100)', siblings: body })).toEqual(['email']);
    expect(categories('TELEFONO_RP', { container: ['PAGOPA_ENTI'], type: 'varchar(20)', siblings: body })).toEqual(['phone']);
    expect(categories('CELLULARE_RT', { container: ['PAGOPA_ENTI'], type: 'varchar(20)', siblings: [...body, 'CELLULARE_RT'] })).toEqual(['phone']);
    const stay = ['PERSOON_ID', 'EMAILADRES_VERBLIJF_AZC', 'TELEFOONNUMMER_VERBLIJF_AZC', 'LAND_RIJBEWIJS'];
    expect(categories('EMAILADRES_VERBLIJF_AZC', { container: ['ASIELSTATUSHOUDER'], type: 'varchar(255)', siblings: stay })).toEqual(['email']);
    expect(categories('TELEFOONNUMMER_VERBLIJF_AZC', { container: ['ASIELSTATUSHOUDER'], type: 'varchar(255)', siblings: stay })).toEqual(['phone']);
  });

  it('stay out alone, as one kind of point, or after a spelled-out word said of each field (status, required)', () => {
    expect(categories('MAIL_RP', { container: ['PAGOPA_ENTI'], type: 'varchar(100)', siblings: ['ID', 'MAIL_RP', 'STATO'] })).toEqual([]);
    expect(categories('TELEFONO_RP', { container: ['PAGOPA_ENTI'], type: 'varchar(20)', siblings: ['ID', 'TELEFONO_RP', 'CELLULARE_RP'] })).toEqual([]);
    const customer = ['email', 'phone', 'emailValidationStatus', 'phoneValidationStatus'];
    expect(categories('emailValidationStatus', { container: ['ICustomer'], type: 'string', siblings: customer })).toEqual([]);
    expect(categories('phoneValidationStatus', { container: ['ICustomer'], type: 'string', siblings: customer })).toEqual([]);
    const team = ['NAAM', 'emailPflichtfeld', 'telefonPflichtfeld', 'anmerkungPflichtfeld'];
    expect(categories('telefonPflichtfeld', { container: ['TEAM'], type: 'int(5)', siblings: team })).toEqual([]);
  });
});

describe('a kind named before the data in English, Dutch and the languages that write it typ (rules/context.yml denyPrefixes)', () => {
  it('is the kind of a phone, not the number (TypeTelefoonnr, typ_telefonu), as tipo and soort were', () => {
    const telefoon = ['Netnr', 'Abonneenr', 'TypeTelefoonnr'];
    expect(categories('TypeTelefoonnr', { container: ['TelefoonSchema'], type: 'string', siblings: telefoon })).toEqual([]);
    expect(categories('typ_telefonu', { container: ['osoba'], type: 'varchar(20)', siblings: ['imie', 'nazwisko', 'telefon', 'typ_telefonu'] })).toEqual([]);
    expect(categories('Telefoonnr', { container: ['TelefoonSchema'], type: 'string', siblings: ['Telefoonnr', 'TypeTelefoonnr'] })).toEqual(['phone']);
  });
});

describe("a town with the qualifier of the record's address group (LOCALITA_VERS beside INDIRIZZO_VERS, CAP_VERS)", () => {
  const payment = ['ID', 'IMPORTO', 'DATA_PAGAMENTO', 'IUV', 'ANAGRAFICA_VERS', 'INDIRIZZO_VERS', 'NUMERO_CIVICO_VERS', 'CAP_VERS', 'LOCALITA_VERS', 'PROVINCIA_VERS', 'NAZIONE_VERS'];

  it("is that address's town, in a payment's or a session's record too", () => {
    expect(categories('LOCALITA_VERS', { container: ['DISTINTE_PAGAMENTO'], type: 'varchar(35)', siblings: payment })).toEqual(['address']);
    expect(categories('LOCALITA_VERS', { container: ['IRIS_GATEWAY_SESSION'], type: 'varchar(35)', siblings: ['ID', 'TOKEN', ...payment.slice(5)] })).toEqual(['address']);
    const request = ['ragioneSocialeOrgRichiedente', 'indirizzoOrgRichiedente', 'capOrgRichiedente', 'comuneOrgRichiedente', 'importo'];
    expect(categories('comuneOrgRichiedente', { container: ['ContributoAssociazioni'], type: 'string', siblings: request })).toEqual(['address']);
  });

  it('stays a place without a group of street or postcode words sharing its qualifier', () => {
    expect(categories('LOCALITA_VERS', { container: ['DISTINTE_PAGAMENTO'], type: 'varchar(35)', siblings: ['ID', 'IMPORTO', 'LOCALITA_VERS', 'PROVINCIA_VERS'] })).toEqual([]);
    expect(categories('LOCALITA_EVENTO', { container: ['DISTINTE_PAGAMENTO'], type: 'varchar(35)', siblings: [...payment, 'LOCALITA_EVENTO'] })).toEqual([]);
  });
});
