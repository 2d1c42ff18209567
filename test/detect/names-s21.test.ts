/**
 * Session 21's name families, each from training misses (session 20's fresh batch among them): two parts of one name
 * behind the same word no vocabulary knows, a Finnish case handler as a person noun, the name under a signature, and a
 * person's given or family name in settings. Inputs are shaped like the training cases (payflowpa, kayttooikeus, kibon,
 * immersion-facile, open-event-server).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe('two parts of one name behind the same unknown word', () => {
  const referents = ['ID', 'DENOMINAZIONE_ENTE', 'COGNOME_RP', 'NOME_RP', 'MAIL_RP', 'COGNOME_RT', 'NOME_RT', 'MAIL_RT', 'OP_INSERIMENTO'];
  it("are one person's name: an administration's referents, a person's cached names", () => {
    expect(cats('COGNOME_RP', 'PAGOPA_ENTI', referents, 'varchar(30)')).toEqual(['name']);
    expect(cats('NOME_RP', 'PAGOPA_ENTI', referents, 'varchar(50)')).toEqual(['name']);
    expect(cats('NOME_RT', 'PAGOPA_ENTI', referents, 'varchar(50)')).toEqual(['name']);
    const henkilo = ['oidHenkilo', 'etunimetCached', 'kutsumanimiCached', 'sukunimiCached', 'hetuCached', 'passivoituCached'];
    expect(cats('etunimetCached', 'Henkilo', henkilo, 'String')).toEqual(['name']);
    expect(cats('sukunimiCached', 'Henkilo', henkilo, 'String')).toEqual(['name']);
  });

  it('but one part alone stays qualified, and known words, numbers and flags stay what they are', () => {
    expect(cats('COGNOME_RP', 'PAGOPA_ENTI', ['ID', 'COGNOME_RP', 'MAIL_RP'], 'varchar(30)')).toEqual([]);
    const settings = ['ldap_username_field', 'ldap_lname_field', 'ldap_fname_field', 'ldap_email'];
    expect(cats('ldap_fname_field', 'settings', settings, 'string')).toEqual([]);
    expect(cats('ldap_lname_field', 'settings', settings, 'string')).toEqual([]);
    expect(cats('passivoituCached', 'Henkilo', ['etunimetCached', 'sukunimiCached', 'passivoituCached'], 'Boolean')).toEqual([]);
    const flags = ['id', 'fornavneMarkering', 'efternavnMarkering'];
    expect(cats('fornavneMarkering', 'navn', flags, 'boolean')).toEqual([]);
  });
});

describe('a Finnish case handler', () => {
  it("is a person noun: the handler's name is a person's", () => {
    const siblings = ['ryhmaId', 'kasittelijaOid', 'kasittelijaNimi', 'tila'];
    expect(cats('kasittelijaNimi', 'MyonnettyKayttoOikeusDto', siblings, 'String')).toEqual(['name']);
  });

  it("but a bare handler holds the handler's id, and the handler's id is no name", () => {
    expect(cats('kasittelija', 'KayttoOikeusHistoriaDto', ['kasittelija', 'tila', 'aikaleima'], 'String')).toEqual([]);
    expect(cats('kasittelijaOid', 'MyonnettyKayttoOikeusDto', ['kasittelijaOid', 'kasittelijaNimi'], 'String')).toEqual([]);
  });
});

describe('the name under a signature', () => {
  it("is the signer's name, in German, English and Portuguese", () => {
    const stammdaten = ['gemeinde', 'logoName', 'kontoinhaber', 'standardDokUnterschriftName', 'standardDokUnterschriftName2', 'standardDokTitle'];
    expect(cats('standardDokUnterschriftName', 'GemeindeStammdaten', stammdaten, 'String')).toEqual(['name']);
    expect(cats('standardDokUnterschriftName2', 'GemeindeStammdaten', stammdaten, 'String')).toEqual(['name']);
    expect(cats('signature_name', 'certificates', ['id', 'title', 'signature_name', 'issued_at'])).toEqual(['name']);
    expect(cats('nomeAssinatura', 'Declaracao', ['id', 'texto', 'nomeAssinatura'], 'String')).toEqual(['name']);
  });

  it("but a signature's file, and a company's name in the Germanic languages (firma), are not", () => {
    expect(cats('signature_filename', 'checkout_acceptances', ['id', 'signature_filename', 'accepted_at'])).toEqual([]);
    expect(cats('firmanavn', 'Leverandor', ['id', 'firmanavn', 'orgnr'], 'string')).toEqual([]);
  });
});

describe("a person's given or family name in settings", () => {
  it("is the person's (an organisation's referent, the admin's billing contact)", () => {
    const found = scanned(`export interface ConventionTemplates {
  id: string;
  name: string;
  business_name: string | null;
  agency_referent_first_name: string | null;
  agency_referent_last_name: string | null;
}`);
    expect(found['agency_referent_first_name']).toEqual(['name']);
    expect(found['agency_referent_last_name']).toEqual(['name']);
    expect(found['name']).toBeUndefined();
    expect(found['business_name']).toBeUndefined();
    const settings = ['app_name', 'email_from_name', 'admin_billing_contact_name', 'admin_billing_email', 'aws_bucket_name'];
    expect(cats('admin_billing_contact_name', 'settings', settings, 'String')).toEqual(['name']);
  });

  it("but the settings' own name, sender name and bucket are the system's", () => {
    const settings = ['app_name', 'email_from_name', 'admin_billing_contact_name', 'aws_bucket_name'];
    expect(cats('app_name', 'settings', settings, 'String')).toEqual([]);
    expect(cats('email_from_name', 'settings', settings, 'String')).toEqual([]);
    expect(cats('aws_bucket_name', 'settings', settings, 'String')).toEqual([]);
  });
});
