/**
 * Session 53's detector change, from a fresh code base's first run (moved to training since): a Flemish certification
 * body's back office keeps the inspection site's extra address lines as `extraAdresDetails`.
 * - an address's details or information written after it (`addressDetails`, `address_info`, `extraAdresDetails`,
 *   `adresgegevens`) are the address (rules/address.yml `suffixes`); an email's are not, since `emailData` and
 *   `email_info` name a mail's payload.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { scanned } from './field-categories.js';

const detector = createDetector();
const categoriesOf = (name: string, container: string[]) => detector.classifyField({ name, container }).matches.map((m) => m.category);

describe("an address's details written after it", () => {
  it('are the address, in English and Dutch', () => {
    expect(categoriesOf('addressDetails', ['Visit'])).toEqual(['address']);
    expect(categoriesOf('address_info', ['customer'])).toEqual(['address']);
    expect(categoriesOf('extraAdresDetails', ['Terreincontrole'])).toEqual(['address']);
    expect(categoriesOf('adresgegevens', ['Klant'])).toEqual(['address']);
  });

  it('are so in TypeScript code too', () => {
    expect(scanned('export interface Bezoek { id: string; extraAdresdetails: string; datum: string }')).toEqual({ extraAdresdetails: ['address'] });
  });

  it("leave an email's payload, a flag and an IP address's record alone", () => {
    expect(categoriesOf('emailInfo', ['User'])).toEqual([]);
    expect(categoriesOf('emailData', ['Order'])).toEqual([]);
    expect(categoriesOf('address_details_enabled', ['Organisation'])).toEqual([]);
    expect(categoriesOf('ip_address_info', ['Session'])).toEqual([]);
  });
});
