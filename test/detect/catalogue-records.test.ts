/**
 * A configuration or catalogue record, abbreviated or not (`UserCfgGenero`, `catalogo_generos`), is a thing's record
 * (rules/context.yml, nonPersonContainers): its `name` is an entry's, though a person's word comes before it.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a configuration or catalogue record', () => {
  it('keeps its entries\' names out (UserCfgGenero.nombre, UserCfgTipoIdentificacion.nombre, catalogo_generos.nombre)', () => {
    const found = scanned('export class UserCfgGenero { constructor(\n  public nombre: string,\n  public sigla: string,\n  public id: number,\n){} }\n');
    expect(found['nombre']).toBeUndefined();
    expect(categories('nombre', { container: ['UserCfgTipoIdentificacion'], type: 'string', siblings: ['id', 'nombre', 'activo'] })).toEqual([]);
    expect(categories('nombre', { container: ['catalogo_generos'], type: 'varchar(100)', siblings: ['id', 'nombre', 'codigo'] })).toEqual([]);
  });

  it('while a person\'s record with the same fields keeps the name, and a configured owner\'s contact data stays', () => {
    expect(categories('nombre', { container: ['UserGenero'], type: 'string', siblings: ['id', 'nombre', 'apellido', 'correo'] })).toEqual(['name']);
    expect(categories('nombre', { container: ['Usuario'], type: 'string', siblings: ['id', 'nombre', 'sigla'] })).toEqual(['name']);
    expect(categories('correo', { container: ['CfgPropietario'], type: 'string', siblings: ['nombre', 'nit', 'direccion', 'telefono', 'correo'] })).toEqual(['email']);
  });
});
