/**
 * A member typed as a record named for a role (`benutzer: Sachbearbeiter`, `sachbearbeiter: Sachbearbeiter`,
 * `reviewer: Author`) links to that person's record: a relation, not a name (src/detect/classify-field.ts). A bare role
 * word says what a text member holds, never what a record type does.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const zuordnung = ['id', 'fall', 'benutzer', 'sachbearbeiter', 'gueltigAb'];
const cats = (name: string, type: string) => categories(name, { container: ['Zuordnung'], type, siblings: zuordnung });

describe('a member typed as a role\'s record', () => {
  it('is a relation (benutzer: Sachbearbeiter, sachbearbeiter: Sachbearbeiter, reviewer: Author)', () => {
    expect(cats('benutzer', 'Sachbearbeiter')).toEqual([]);
    expect(cats('sachbearbeiter', 'Sachbearbeiter')).toEqual([]);
    expect(categories('reviewer', { container: ['Review'], type: 'Author', siblings: ['id', 'reviewer', 'text'] })).toEqual([]);
  });

  it('while the role holding text is the name, and a name typed as a name record stays one', () => {
    expect(cats('sachbearbeiter', 'String')).toEqual(['name']);
    expect(categories('author', { container: ['Page'], type: 'varchar(100)', siblings: ['id', 'title', 'author'] })).toEqual(['name']);
    expect(categories('naam', { container: ['Persoon'], type: 'NaamSource', siblings: ['naam', 'geboortedatum'] })).toEqual(['name']);
  });
});
