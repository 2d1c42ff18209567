/**
 * Session 22's contact rules (code members' and address precision first): a sender's data in settings stays the system's
 * though a validator or a type says its kind (src/detect/system-owned.ts), and a provider's connection settings (a
 * password and an endpoint) hold the sender it prints on what it sends (rules/context.yml `connectionEndpoints`,
 * `senderWords`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a sender's email in settings with a validator or a type that says it is an email", () => {
  it('stays the system sender (a mail server settings DTO, a Django mail configuration)', () => {
    const found = scanned(`export class CreateMailConfigDto {
  @IsString() host!: string;
  @IsInt() port!: number;
  @IsOptional() @IsString() password?: string;
  @IsEmail() fromAddress!: string;
}
export class TestMailConfigDto {
  @IsEmail() to!: string;
}`);
    expect(found.fromAddress).toBeUndefined();
    expect(found.to).toEqual(['email']);
    const config = ['host', 'port', 'from_email', 'username', 'display_name', 'use_tls'];
    expect(categories('from_email', { container: ['DynamicEmailConfiguration'], type: 'EmailField', siblings: config })).toEqual([]);
  });

  it("is still an email where the name says whose (a user's, a stored mail's recipient)", () => {
    expect(categories('email', { container: ['UserSettings'], type: 'EmailField', siblings: ['user', 'email', 'theme'] })).toEqual(['email']);
    const mail = ['subject', 'body', 'from_email', 'to', 'status'];
    expect(categories('to', { container: ['EmailLog'], type: 'EmailField', siblings: mail })).toEqual(['email']);
  });
});

describe("a provider's connection settings: a password and the address of the service it reaches", () => {
  const provider = `export class CreatePostalProviderDto {
  @IsString() @MaxLength(255) baseUrl!: string;
  @IsString() @MaxLength(255) username!: string;
  @IsOptional() @IsString() password?: string;
  @IsOptional() @IsString() @MaxLength(128) mittenteIndirizzo1?: string;
  @IsOptional() @IsString() @MaxLength(10) mittenteCap?: string;
  @IsOptional() @IsString() @MaxLength(128) mittenteCitta?: string;
}`;

  it("holds the sender's address the provider prints on every letter (it, de), not a person's", () => {
    expect(scanned(provider)).toEqual({});
    const account = ['host', 'username', 'password', 'absender_strasse', 'absender_plz', 'absender_ort'];
    expect(categories('absender_strasse', { container: ['BriefdienstKonto'], type: 'varchar(100)', siblings: account })).toEqual([]);
    const inbound = ['name', 'emailAddress', 'host', 'port', 'password', 'replyFromAddress', 'replyToAddress'];
    expect(categories('replyToAddress', { container: ['InboundEmail'], type: 'varchar', siblings: inbound })).toEqual([]);
  });

  it("keeps a sender's address without the password or the endpoint, and an account's own address", () => {
    const letter = ['mittenteIndirizzo1', 'mittenteCap', 'mittenteCitta', 'oggetto'];
    expect(categories('mittenteIndirizzo1', { container: ['Raccomandata'], type: 'string', siblings: letter })).toEqual(['address']);
    const personal = ['name', 'emailAddress', 'host', 'port', 'username', 'password'];
    expect(categories('emailAddress', { container: ['EmailAccount'], type: 'varchar', siblings: personal })).toEqual(['email']);
  });
});

describe('an association written with its target (Doctrine, JPA: OneToOne:Verblijfplaats, ManyToOne(Process))', () => {
  it('links to the other record, reported where it is declared, as a Link or a relationship does', () => {
    const person = ['naam', 'geboorte', 'verblijfplaats', 'overlijden'];
    expect(categories('verblijfplaats', { container: ['Ingeschrevenpersoon'], type: 'OneToOne:Verblijfplaats', siblings: person })).toEqual([]);
    expect(categories('plaats', { container: ['VerblijfBuitenland'], type: 'ManyToOne:Waardetabel', siblings: ['adresregel1', 'land', 'plaats'] })).toEqual([]);
    expect(categories('address', { container: ['Customer'], type: 'ManyToOne(Address)', siblings: ['name', 'address'] })).toEqual([]);
    expect(categories('verblijfplaats', { container: ['Ingeschrevenpersoon'], type: 'Verblijfplaats', siblings: person })).toEqual(['address']);
  });
});

describe('a record named for a birth (LuogoNascita, Foedested, GeboortePlaats) in every lexicon language', () => {
  it("holds a place of birth, no address: its town words stay out", () => {
    const luogo = ['codNazione', 'descNazione', 'codProvincia', 'descProvincia', 'codComune', 'descComune'];
    expect(categories('descComune', { container: ['LuogoNascita'], type: 'String', siblings: luogo })).toEqual([]);
    expect(scanned('export interface Foedested {\n  by?: string\n  region?: string\n  land?: string\n}')).toEqual({});
    expect(categories('city', { container: ['BirthPlace'], type: 'string', siblings: ['city', 'region', 'country'] })).toEqual([]);
  });

  it("keeps a person's own residence beside it", () => {
    const luogo = ['codNazione', 'descNazione', 'codComune', 'descComune'];
    expect(categories('descComune', { container: ['LuogoResidenza'], type: 'String', siblings: [...luogo, 'indirizzo', 'cap'] })).toEqual(['address']);
  });
});

describe('settings in the other lexicon languages (einstellung, ConfiguracaoEmail, impostazioni)', () => {
  it("hold the app's own sender, not a person's email", () => {
    const config = ['Servidor', 'Porta', 'Usuario', 'Senha', 'EmailRemetente', 'NomeRemetente'];
    expect(categories('EmailRemetente', { container: ['ConfiguracaoEmail'], type: 'string', siblings: config })).toEqual([]);
    expect(categories('EmailRemetente', { container: ['Pedido'], type: 'string', siblings: ['EmailRemetente', 'Valor'] })).toEqual(['email']);
  });

  it("leave a password's connection its sender's address, a password written with its encoding too (password_enc)", () => {
    const provider = ['base_url', 'username', 'password_enc', 'mittente_indirizzo1', 'mittente_cap', 'mittente_citta'];
    expect(categories('mittente_citta', { container: ['PostalProviderConfig'], type: 'varchar(128)', siblings: provider })).toEqual([]);
  });
});
