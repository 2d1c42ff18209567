/**
 * Session 43, from a German therapy practice's GraphQL API (a training set since its first run): the fields of a type
 * defined with Pothos's schema builder are declarations (pothos-types.ts), read with their siblings and typed by
 * their builders: an input type's `t.string(…)`, an object ref's `t.exposeString('…')`, a Prisma object's exposed
 * columns; a relation and a field of another object type are links, not a person's data.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './helpers.js';

describe('a Pothos type', () => {
  it("holds the child's name and address an input type takes and an object ref hands out", async () => {
    const fields = await fieldsOf('pothos');
    const at = (container: string, name: string) => fields.filter((f) => f.container === container && f.field === name).map((f) => f.category).sort();
    expect(at('KindInput', 'vorname')).toEqual(['name']);
    expect(at('KindInput', 'stadt')).toEqual(['address']);
    expect(at('Kind', 'nachname')).toEqual(['name']);
    expect(at('Kind', 'plz')).toEqual(['address']);
    expect(at('User', 'email')).toEqual(['email']);
  });

  it('reads ids, counts, relations and fields of other types as no one\'s data', async () => {
    const fields = await fieldsOf('pothos');
    const names = fields.map((f) => `${f.container}.${f.field}`);
    expect(names).not.toContain('Kind.id');
    expect(names).not.toContain('User.author');
    expect(names).not.toContain('Kind.erziehungsberechtigter');
    expect(names).not.toContain('KindInput.anzahl');
  });
});
