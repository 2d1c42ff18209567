/**
 * A public body or authority is an organisation (rules/context.yml organisationCompounds and organisationContainers;
 * src/detect/container-compounds.ts): `PublicBody.name` is the authority's, though `public` is a code word and `body`
 * a request's payload apart. Cases from froide (training).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const body = ['name', 'other_names', 'slug', 'description', 'url', 'parent', 'email', 'fax', 'contact', 'address'];

describe("a public body's record", () => {
  it("holds the body's own name, not a person's", () => {
    expect(categories('name', { container: ['PublicBody'], type: 'CharField', siblings: body })).toEqual([]);
    expect(categories('other_names', { container: ['PublicBodyChangeProposal'], type: 'TextField', siblings: body })).toEqual([]);
    expect(categories('name', { container: ['myndighet'], type: 'varchar(100)', siblings: ['id', 'name', 'epost'] })).toEqual([]);
    const found = scanned(`export type PublicBodyList = {\n  id: number;\n  name: string;\n  email?: string;\n};`);
    expect(found['name']).toBeUndefined();
    expect(found['email']).toEqual(['email']);
  });

  it("while a person's record at the body, or a body's contact person, keeps the name", () => {
    expect(categories('name', { container: ['PublicBodyContact'], type: 'CharField', siblings: ['name', 'email'] })).toEqual(['name']);
    expect(categories('contact_person', { container: ['PublicBody'], type: 'CharField', siblings: body })).toEqual(['name']);
  });
});
