/**
 * The detector's memo keeps an answer per record evidence (src/detect/index.ts): a flag of the evidence left out of the
 * key makes a field's answer depend on the records asked before it. Session 23 found five so left out (`ownName`,
 * `mailShape`, `messageByShape`, `reach`, `software`); the key is now built from the evidence object itself.
 */
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../src/detect/index.js';
import type { SiblingEvidence } from '../../src/detect/classify-field.js';

const base = (): SiblingEvidence => ({ person: false, strongPerson: false, address: false, addressRecord: false, thing: false, region: false, languages: [] }) as unknown as SiblingEvidence;

describe('the memo key of a record evidence', () => {
  it('differs for every flag the classifier may read, including ones added later', () => {
    const flags = ['person', 'strongPerson', 'ownParty', 'address', 'ownName', 'mailShape', 'messageByShape', 'reach', 'software', 'aFlagAddedLater'];
    const keys = flags.map((flag) => evidenceKey({ ...base(), [flag]: true } as SiblingEvidence));
    expect(new Set([...keys, evidenceKey(base())]).size).toBe(flags.length + 1);
  });

  it('holds texts and languages, and is the same for equal evidence', () => {
    expect(evidenceKey({ ...base(), tablePrefix: 'ox' } as SiblingEvidence)).not.toBe(evidenceKey({ ...base(), tablePrefix: 'tb' } as SiblingEvidence));
    expect(evidenceKey({ ...base(), languages: ['nl'] } as SiblingEvidence)).not.toBe(evidenceKey(base()));
    expect(evidenceKey({ ...base(), ownName: true } as SiblingEvidence)).toBe(evidenceKey({ ...base(), ownName: true } as SiblingEvidence));
  });
});
