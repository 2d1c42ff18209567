/**
 * Account identifiers and things' names in the plural (`waitingListUsernames`, `hostnames`, `file_names`,
 * `benutzernamen`) are lists of logins or of things' names, as their singulars are (rules/name.yml `deny`); a list of
 * people's names (`participant_names`, `guardianNames`) still counts.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const formation = ['id', 'name', 'start_date', 'waiting_list_usernames', 'participant_names', 'file_names'];
const cats = (name: string) => categories(name, { container: ['Formation'], type: 'text[]', siblings: formation });

describe('plural identifiers', () => {
  it('are no people\'s names', () => {
    expect(cats('waiting_list_usernames')).toEqual([]);
    expect(cats('file_names')).toEqual([]);
    expect(categories('benutzernamen', { container: ['Kurs'], type: 'text', siblings: ['id', 'titel', 'benutzernamen'] })).toEqual([]);
    expect(scanned('interface Formation { id: string; waitingListUsernames: string[]; hostnames: string[]; }')).toEqual({});
  });

  it('but a list of people\'s names still counts', () => {
    expect(cats('participant_names')).toEqual(['name']);
    expect(scanned('interface Formation { id: string; guardianNames: string[]; }')).toEqual({ guardianNames: ['name'] });
  });
});
