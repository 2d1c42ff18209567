/**
 * A place people are sent to or meet at (`places`, `lieux`, `lugares`, `luoghi`: an office, a court's or a probation
 * service's site) is an organisation's record (rules/context.yml organisationContainers): its `name` is the place's, its
 * address and phone the place's own, reported as organisation data.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const places = ['name', 'adress', 'phone', 'created_at', 'updated_at', 'organization_id', 'contact_email', 'main_contact_method'];

describe('a place\'s record', () => {
  it('keeps its name out, in each language', () => {
    for (const container of ['places', 'lieux', 'lugares', 'luoghi']) {
      expect(categories('name', { container: [container], type: 'string', siblings: places }), container).toEqual([]);
    }
  });

  it('but its address and phone are still reported', () => {
    expect(categories('phone', { container: ['places'], type: 'string', siblings: places })).toEqual(['phone']);
    expect(categories('adress', { container: ['places'], type: 'string', siblings: places })).toEqual(['address']);
  });
});
