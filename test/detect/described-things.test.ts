/**
 * A `description` beside a bare `name` says the record is a thing's (a course, a group, a ward): its name is no
 * person's, unless the container or two person fields say otherwise (rules/context.yml, thingEvidence).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a record with a description', () => {
  it('keeps its bare name out beside a lone email (formation, ward)', () => {
    expect(categories('name', { container: ['formation'], type: 'string', siblings: ['id', 'name', 'description', 'email', 'start'] })).toEqual([]);
    expect(categories('name', { container: ['ward'], type: 'varchar(50)', siblings: ['code', 'name', 'description', 'email', 'telephone'] })).toEqual([]);
  });

  it('while a person\'s container or two person fields keep a person\'s name, and the email stays reported', () => {
    expect(categories('name', { container: ['contacts'], type: 'varchar(100)', siblings: ['id', 'name', 'description', 'email'] })).toEqual(['name']);
    expect(categories('name', { container: ['formation'], type: 'string', siblings: ['id', 'name', 'description', 'first_name', 'email'] })).toEqual(['name']);
    expect(categories('email', { container: ['formation'], type: 'string', siblings: ['id', 'name', 'description', 'email'] })).toEqual(['email']);
  });
});
