/**
 * Session 51's detector change, from a fresh code base's first run (moved to training since): Munich's connector to its
 * residents' register (Java models generated from the register's API).
 * - a member typed as the register's extended address record (`anschrift: AnschriftErweitertType`, `address:
 *   AddressExtended`) holds an address, as one typed `AnschriftType` did: the word for "extended" says the record has
 *   more members, not that it is another kind of record (rules/context.yml `typeWrappers`).
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { scanned } from './field-categories.js';

const detector = createDetector();
const categoriesOf = (name: string, type: string) => detector.classifyField({ name, type, container: ['PartnerType'] }).matches.map((m) => m.category);

describe('a member typed as an extended address record', () => {
  it('is an address in German and English', () => {
    expect(categoriesOf('anschrift', 'AnschriftErweitertType')).toEqual(['address']);
    expect(categoriesOf('melderegisterAnschrift', 'AnschriftErweitertType')).toEqual(['address']);
    expect(categoriesOf('address', 'AddressExtended')).toEqual(['address']);
  });

  it('is so in TypeScript code too', () => {
    expect(scanned('export interface VertreterType { anschrift?: AnschriftErweitertType; vertretungsart: string }')).toEqual({ anschrift: ['address'] });
  });

  it('stays a link where the record is of something else', () => {
    expect(categoriesOf('anschrift', 'WohnungErweitertType')).toEqual([]);
  });
});
