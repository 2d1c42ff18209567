/**
 * Session 54's detector changes, each from a fresh code base's first run or a training set's flow (moved to
 * training since):
 * - the name of whoever did something, after an English participle not ending in -ed/-en (`paymentMadeByName`,
 *   `paid_by_name`), as `createdByName` already was (match-terms.ts); a UK gig marketplace's Stripe metadata;
 * - graphql-js's field types (`new GraphQLNonNull(GraphQLString)`, `GraphQLList(adresse)`): the wrapped type, with
 *   `GraphQLString` text and `GraphQLBoolean`, `GraphQLID`, `GraphQLInt` ruled out (type-text.ts, rules/context.yml);
 *   a German youth association's administration API;
 * - a Mongoose schema written as a plain object of field descriptors and handed to `new Schema()` elsewhere
 *   (`const apprentiSchema = { nom: { type: String, … } }`, declarations.ts); a French public service's contracts;
 * - a volunteer named in the feminine in Portuguese, Spanish and Italian (`nome_voluntaria`), as in the masculine; a
 *   Brazilian support network's matches.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('the name of whoever did something', () => {
  it('is read after an irregular English participle and `by`', () => {
    expect(categories('paymentMadeByName', { container: ['metadata'] })).toEqual(['name']);
    expect(categories('paid_by_name', { container: ['invoice'] })).toEqual(['name']);
  });

  it('is not read where the participle and `by` name no name (an id, a channel)', () => {
    expect(categories('paymentMadeById', { container: ['metadata'] })).toEqual([]);
    expect(categories('sentByEmail', { container: ['invoice'] })).toEqual([]);
    expect(categories('paidBy', { container: ['invoice'] })).toEqual([]);
  });
});

describe("graphql-js's field types", () => {
  const address = { container: ['adresse'], siblings: ['strasse', 'plz', 'ort', 'isOld'] };

  it('are read through their wrappers, `GraphQLString` as text', () => {
    expect(categories('strasse', { ...address, type: 'GraphQLNonNull(GraphQLString)' })).toEqual(['address']);
    expect(categories('plz', { ...address, type: 'new GraphQLNonNull(GraphQLString)' })).toEqual(['address']);
    expect(categories('vorname', { container: ['person'], type: 'GraphQLString' })).toEqual(['name']);
  });

  it('rule out flags, ids and numbers', () => {
    expect(categories('email', { container: ['person'], type: 'GraphQLNonNull(GraphQLBoolean)' })).toEqual([]);
    expect(categories('telefonID', { container: ['telefon'], type: 'GraphQLNonNull(GraphQLID)' })).toEqual([]);
    expect(categories('plz', { ...address, type: 'GraphQLNonNull(GraphQLInt)' })).toEqual(['address']);
  });
});

describe('a Mongoose schema written as a plain object of field descriptors', () => {
  it('is a record: its descriptors are its fields', () => {
    const source = 'const apprentiSchema = {\n  nom: { path: "apprenti.nom", maxLength: 80, type: String, default: null },\n  courriel: { maxLength: 80, type: String },\n  handicap: { type: Boolean, default: null },\n};';
    expect(scanned(source)).toEqual({ nom: ['name'], courriel: ['email'] });
  });

  it('is not read where the object is no schema (its name, or values that are not descriptors)', () => {
    expect(scanned('const defaults = {\n  nom: { type: String },\n  courriel: { type: String },\n};')).toEqual({});
    expect(scanned('const labelsSchema = {\n  nom: { fr: "Nom", en: "Name" },\n  courriel: { fr: "Courriel", en: "Email" },\n};')).toEqual({});
  });
});

describe('a volunteer named in the feminine', () => {
  it('is a person whose name and phone these are', () => {
    expect(categories('nome_voluntaria', { container: ['customFields'] })).toEqual(['name']);
    expect(categories('telefone_voluntaria', { container: ['ticket'] })).toEqual(['phone']);
    expect(categories('nombre_voluntaria', { container: ['turno'] })).toEqual(['name']);
  });
});
