/**
 * Issue 11 (session 29): a zod schema named for what an API sends (`contactApiSchema`) describes that thing; the API
 * word before the schema suffix is the transport, not a record of APIs whose `nom` would be an API's name.
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe("a schema named `<thing>ApiSchema`", () => {
  it("is the thing's record (a structure's contact person as the API sends it)", () => {
    const found = scanned(`
      import { z } from "zod";
      export const contactApiSchema = z.object({
        id: z.number().optional(),
        prenom: z.string().min(1, "Le prénom du contact est requis"),
        nom: z.string().min(1, "Le nom du contact est requis"),
        role: z.string().optional(),
      });
    `);
    expect(found.prenom).toEqual(['name']);
    expect(found.nom).toEqual(['name']);
  });

  it("keeps a record of APIs and a product's API shape as they were", () => {
    const found = scanned(`
      import { z } from "zod";
      export const apiSchema = z.object({ nom: z.string(), url: z.string() });
      export const productApiSchema = z.object({ name: z.string(), price: z.number() });
    `);
    expect(found.nom).toBeUndefined();
    expect(found.name).toBeUndefined();
  });
});
