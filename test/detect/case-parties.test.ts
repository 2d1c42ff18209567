/**
 * A party to a case, a claim or a contract is a person's record (rules/context.yml, personContainers): its bare `name`
 * beside an address and a phone is the party's name.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const party = ['id', 'address', 'phoneNumber', 'isPartOfPartIndex', 'casePartyRelation', 'name', 'identification'];

describe('a party\'s record', () => {
  it('holds the party\'s name (Party.name, case_parties.name)', () => {
    expect(categories('name', { container: ['Party'], type: 'string', siblings: party })).toEqual(['name']);
    expect(categories('name', { container: ['case_parties'], type: 'varchar(200)', siblings: ['id', 'case_id', 'name', 'role'] })).toEqual(['name']);
  });

  it('while a kind of party and a political party (German Partei) keep their names out', () => {
    expect(categories('name', { container: ['PartyType'], type: 'string', siblings: ['id', 'name', 'code'] })).toEqual([]);
    expect(categories('name', { container: ['Partei'], type: 'string', siblings: ['id', 'name', 'kuerzel'] })).toEqual([]);
  });
});
