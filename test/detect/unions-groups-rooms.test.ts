/**
 * A union, a federation or a league of members is an organisation, in every lexicon language (`Union`, `Verband`,
 * `forbund`, `sindicato`); a group, a room or a hospital ward in the other languages is a thing's record (`gruppen`,
 * `Raum`, `WARD`), as an English `group` was (rules/context.yml): their `name` is no person's.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[]) => categories(name, { container: [container], type: 'varchar(100)', siblings });

describe('unions, groups, rooms and wards', () => {
  it('keep their own name out of the person names', () => {
    expect(cats('name', 'Union', ['id', 'name', 'email', 'founded_at'])).toEqual([]);
    expect(cats('navn', 'fagforening', ['id', 'navn', 'epost'])).toEqual([]);
    expect(cats('name', 'gruppen', ['id', 'name', 'kennziffer', 'email'])).toEqual([]);
    expect(cats('WRD_NAME', 'WARD', ['WRD_ID_A', 'WRD_NAME', 'WRD_TELE', 'WRD_EMAIL'])).toEqual([]);
  });

  it('while a union\'s address and a member\'s name stay what they are', () => {
    expect(cats('address', 'Union', ['id', 'name', 'address', 'zipcode', 'city'])).toEqual(['address']);
    expect(cats('name', 'Member', ['id', 'name', 'email', 'union_id'])).toEqual(['name']);
  });
});
