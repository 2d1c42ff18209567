/**
 * Issue 11 (session 29): a resource named after a person (`PractitionerResource`, `PatientResource` of FHIR, a Laravel
 * `UserResource`) is that person's record, as an entity or a DTO is; a bare resource or a thing's stays a thing.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("a resource named after a person", () => {
  it("is the person's record (a FHIR practitioner's name parts in a zod schema)", () => {
    const found = scanned(`
      import { z } from "zod";
      export const PractitionerResourceSchema = z.object({
        name: z.array(z.object({ text: z.string().optional(), family: z.string().optional(), given: z.array(z.string()).optional() })).optional(),
        identifier: z.array(z.object({ value: z.string().optional() })).optional(),
      });
    `);
    expect(found.family).toEqual(['name']);
    expect(found.given).toEqual(['name']);
    expect(categories('name', { container: ['UserResource'], siblings: ['id', 'name', 'email'], type: 'string' })).toEqual(['name']);
  });

  it("keeps a bare resource, a file's and a human-resources record things", () => {
    expect(categories('name', { container: ['Resource'], siblings: ['id', 'name'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['FileResource'], siblings: ['id', 'name', 'size'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['HumanResource'], siblings: ['id', 'name'], type: 'string' })).toEqual([]);
  });
});
