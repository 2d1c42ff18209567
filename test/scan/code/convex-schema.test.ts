/**
 * Convex (docs.convex.dev/database/schemas): `defineSchema({ klanten: defineTable({ naam: v.string() }) })` declares a
 * table per key, `defineTable(...)` in a variable a table named by the variable, `defineTable(v.object({ … }))` the
 * same through a validator. Each field is read by its name as a zod object's member is; a product's name, a status, a
 * flag and a foreign key (`v.id('organisaties')`) are no one's data.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf, summary } from './helpers.js';

describe('a Convex schema', async () => {
  const fields = await fieldsOf('convex-app');

  it("reads each table's fields under the table's key or variable", () => {
    expect(summary(fields)).toEqual([
      'emailLogs.to email',
      'klanten.adres address',
      'klanten.email email',
      'klanten.naam name',
      'klanten.plaats address',
      'klanten.postcode address',
      'klanten.telefoon phone',
      'medewerkers.email email',
      'medewerkers.naam name',
      'medewerkers.noodcontact.naam name',
      'medewerkers.noodcontact.telefoon phone',
      'medewerkers.telefoon phone',
    ]);
  });

  it('keeps each field at its own line of convex/schema.ts', () => {
    const naam = fields.find((f) => f.container === 'klanten' && f.field === 'naam');
    expect(naam?.location).toMatchObject({ file: 'convex/schema.ts', line: 22 });
  });
});
