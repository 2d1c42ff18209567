/**
 * A record named for a type and nothing else (`TypeDTO`, `TypeEntity`) is a kind of something, a thing's record: its
 * `name` and `displayName` are the kind's. `UserType`, `CustomerTypeDto` stay the code's words for a person's record.
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

const record = (name: string) =>
  scanned(`export class ${name} {\n  name!: string;\n  displayName?: string;\n  escalationEmail?: string;\n  phone?: string;\n}\n`);

describe('a record named Type', () => {
  it("is a kind: its name is the kind's (TypeDTO, TypeEntity), its escalation address still an email", () => {
    expect(record('TypeDTO')['name']).toBeUndefined();
    expect(record('TypeEntity')['displayName']).toBeUndefined();
    expect(record('TypeDTO')['escalationEmail']).toEqual(['email']);
  });

  it("is a person's where a person's word comes before Type (UserType, CustomerTypeDto)", () => {
    expect(record('UserType')['name']).toEqual(['name']);
    expect(record('CustomerTypeDto')['displayName']).toEqual(['name']);
  });
});
