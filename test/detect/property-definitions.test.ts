/**
 * The definition of a property a record may have (`UserProperty`, `contact_properties`, `Kundeneigenschaft`) is a
 * thing's record (rules/context.yml nonPersonContainers): its `name` is the property's, as an attribute's is. A property's
 * owner and a building's address stay a person's and an address.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a property definition', () => {
  it("keeps its name a property's (userProperty.name, contact_properties.name, KundeEigenschaft.name)", () => {
    expect(scanned('export const userProperty = pgTable("UserProperty", {\n  id: uuid("id").primaryKey(),\n  name: text().notNull(),\n  definition: jsonb().notNull(),\n});\n')['name']).toBeUndefined();
    expect(categories('name', { container: ['contact_properties'], type: 'varchar(255)', siblings: ['id', 'name', 'field_type', 'email'] })).toEqual([]);
    expect(categories('name', { container: ['KundeEigenschaft'], type: 'varchar(100)', siblings: ['id', 'name', 'wert'] })).toEqual([]);
  });

  it("while a property's owner and its postal address still count (properties.owner_name, properties.street_address)", () => {
    const building = ['id', 'owner_name', 'street_address', 'postcode', 'city'];
    expect(categories('owner_name', { container: ['properties'], type: 'varchar(255)', siblings: building })).toEqual(['name']);
    expect(categories('street_address', { container: ['properties'], type: 'varchar(255)', siblings: building })).toEqual(['address']);
    expect(categories('name', { container: ['User'], type: 'varchar(255)', siblings: ['id', 'name', 'email'] })).toEqual(['name']);
  });
});
