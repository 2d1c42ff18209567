/**
 * Session 42, from a school platform's person records (a training code base read after its first run): a person's
 * official name beside the one they go by is their name, and an emergency contact's number is a phone, in a person's
 * record only (rules/lexicon/en.yml `display-name`, `mobile-ambiguous`). A company's official name is its own; a
 * settings record's emergency number is a service's.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const person = ['surname', 'firstName', 'preferredName', 'officialName', 'email', 'phone1', 'emergencyNumber'];

describe("a person's official name and emergency number", () => {
  it('are their name and a phone in their record', () => {
    expect(categories('officialName', { container: ['Person'], siblings: person, type: 'varchar(150)' })).toEqual(['name']);
    expect(categories('emergencyNumber', { container: ['Person'], siblings: person, type: 'varchar(30)' })).toEqual(['phone']);
  });

  it("are no person's in a company's or the settings' record", () => {
    expect(categories('officialName', { container: ['Company'], siblings: ['officialName', 'vatNumber', 'website'], type: 'varchar(150)' })).toEqual([]);
    expect(categories('emergencyNumber', { container: ['Settings'], siblings: ['emergencyNumber', 'siteTitle', 'timezone'], type: 'varchar(30)' })).toEqual([]);
  });
});
