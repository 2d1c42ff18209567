/**
 * Where compounds put the head first (French, Spanish, Portuguese, Italian), a container of two words whose first is a
 * thing or an organisation and whose last is a person noun of those languages is the thing's record: a group of managers
 * (`groupe_gestionnaires`), an owners' catalogue (`CfgPropietario`). The mirror of `MembroComissao` (a committee's member).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a head-first group or catalogue of people", () => {
  it("keeps its name the group's or the catalogue's (groupe_gestionnaires.name, CfgPropietario.nombre)", () => {
    expect(categories('name', { container: ['groupe_gestionnaires'], type: 'string', siblings: ['id', 'name', 'created_at', 'closed'] })).toEqual([]);
    expect(scanned('export class CfgPropietario {\n  public id: number;\n  public nombre: string,\n  public activo: boolean;\n}\n')['nombre']).toBeUndefined();
  });

  it("while a committee's member, a person's own record and an English compound stay a person's", () => {
    expect(categories('nome', { container: ['MembroComissao'], type: 'CharField', siblings: ['id', 'nome', 'cargo'] })).toEqual(['name']);
    expect(categories('nom', { container: ['gestionnaires'], type: 'string', siblings: ['id', 'nom', 'email'] })).toEqual(['name']);
    expect(scanned('export interface DeclarationPdfDeclarant {\n  name: string;\n  email: string;\n}\n')['name']).toEqual(['name']);
  });
});
