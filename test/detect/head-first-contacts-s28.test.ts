/**
 * Issue 11 (session 28): a phone or an email written head first, then whose it is, then a word describing that person
 * (`telefonoActorVial`: the road user's phone), as a head-first name already was (`nombreActorVial`).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a head-first phone or email of a described person', () => {
  it("is that person's phone or email (a traffic-training course's road user, an end user)", () => {
    const found = scanned(`
      export class SvCapacitacion {
        constructor(public nombreActorVial: string, public emailActorVial: string, public telefonoActorVial: string, public fecha: string) {}
      }
    `);
    expect(found.emailActorVial).toEqual(['email']);
    expect(found.telefonoActorVial).toEqual(['phone']);
    expect(categories('correo_usuario_final', { container: ['Solicitud'], type: 'varchar(120)' })).toEqual(['email']);
  });

  it("stays out where a key, a kind or a setting follows the person (kinds in the plural too)", () => {
    expect(categories('email_cliente_id', { container: ['Pedido'], type: 'integer' })).toEqual([]);
    expect(categories('telefono_cliente_tipo', { container: ['Pedido'], type: 'varchar(10)' })).toEqual([]);
    expect(categories('email_receiver_types_flags', { container: ['pc_users'], type: 'varchar(10)' })).toEqual([]);
  });
});
