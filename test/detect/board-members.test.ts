/**
 * The members of a board and a deputy chair, named by the role alone in every lexicon language (rules/lexicon role-name:
 * `board_members_old`, `second_chair_old`, `bestyrelsesmedlem`, `styremedlem`, `Vorstandsmitglied`, `bestuurslid`,
 * `consigliere`, `czlonek_zarzadu` ...): a text column holds their names, as `chairman_old` does. And `calling_name`, the
 * name a person is called by (a Finnish `kutsumanimi` written in English), is a display name in a person's record.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const union = ['id', 'name', 'chairman_old', 'second_chair_old', 'board_members_old', 'founded_at', 'bank_account'];
const cats = (name: string, type = 'CharField', siblings = union, container = 'Union') => categories(name, { container: [container], type, siblings });

describe('a board\'s members named by the role', () => {
  it('hold their names in a text column, in each language', () => {
    expect(cats('second_chair_old')).toEqual(['name']);
    expect(cats('board_members_old', 'TextField')).toEqual(['name']);
    for (const role of ['bestyrelsesmedlem', 'styremedlem', 'styrelseledamot', 'vorstandsmitglied', 'bestuurslid', 'consigliere', 'conselheiro', 'czlonek_zarzadu']) {
      expect(cats(role, 'varchar(100)', ['id', 'navn', role, 'stiftet']), role).toEqual(['name']);
    }
  });

  it('but not a link, a flag or a count of them', () => {
    expect(cats('board_member_id', 'integer')).toEqual([]);
    expect(cats('board_member', 'boolean')).toEqual([]);
    expect(cats('board_members_count', 'integer')).toEqual([]);
  });
});

describe('a calling name', () => {
  const profile = ['id', 'first_name', 'last_name', 'calling_name', 'email', 'phone_number'];
  it('is a person\'s display name in a person\'s record', () => {
    expect(categories('calling_name', { container: ['Profile'], type: 'CharField', siblings: profile })).toEqual(['name']);
  });
  it('but not a thing\'s', () => {
    expect(categories('calling_name', { container: ['Product'], type: 'CharField', siblings: ['id', 'calling_name', 'price'] })).toEqual([]);
  });
});
