/**
 * Issue 11 (session 29): a name, a phone or an email of a person named after a preposition keeps that person when a word
 * the data allows follows them (`nombre_del_representante_legal`: the legal representative's name), as `nombre_del_representante` did.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('the owner after a preposition, with a qualifier after the owner', () => {
  it("is the person's name (a business register's legal representative, a numbered contact)", () => {
    const found = scanned(`
      export interface Empresa {
        RFC?: string;
        nombre_comercial?: string;
        nombre_del_representante_legal?;
        es_persona_fisica?: boolean;
      }
    `);
    expect(found['nombre_del_representante_legal']).toEqual(['name']);
    expect(categories('name_of_contact_2', { container: ['Supplier'], type: 'string' })).toEqual(['name']);
  });

  it("stays out where the word after the owner is a kind, a key or an organisation", () => {
    expect(categories('nombre_del_representante_tipo', { container: ['Empresa'], type: 'string' })).toEqual([]);
    expect(categories('email_of_user_id', { container: ['Entry'], type: 'string' })).toEqual([]);
    expect(categories('nombre_del_cliente_empresa', { container: ['Pedido'], type: 'string' })).toEqual([]);
  });
});
