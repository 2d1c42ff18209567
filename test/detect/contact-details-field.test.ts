/**
 * Issue 11 (email and phone recall): one text field named for a person's contact details (`contact_info`, a Dutch
 * `contactgegevens`) holds a phone number or an email address; a telephony system's or provider's number (`pbx_number`,
 * `twilio_number`) is a phone number. Each with the traps it must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const sorted = (list: string[] | undefined) => [...new Set(list ?? [])].sort();

describe('a text field of contact details', () => {
  it('holds a phone number or an email address, in a schema and in code, in any language', () => {
    expect(categories('contact_info', { container: ['resources'], type: 'varchar(85)', siblings: ['name', 'location', 'contact_info'] }).sort()).toEqual(['email', 'phone']);
    expect(categories('kontaktinformasjon', { container: ['soknad'], type: 'text', siblings: ['navn', 'kontaktinformasjon'] }).sort()).toEqual(['email', 'phone']);
    const found = scanned(`
      export interface Feedback { naam: string; contactgegevens: string; toelichting: string }
      export interface Booking { contactDetails?: string }
    `);
    expect(sorted(found.contactgegevens)).toEqual(['email', 'phone']);
    expect(sorted(found.contactDetails)).toEqual(['email', 'phone']);
  });

  it('is no single value as a list or a record of contact points, a flag, a label or a setting', () => {
    expect(categories('kontaktInfo', { container: ['Arende'], type: 'List<String>' })).toEqual([]);
    expect(categories('contactgegevens', { container: ['ContactProfiel'], type: 'ContactgegevenSource[]' })).toEqual([]);
    expect(categories('kontaktinformasjon', { container: ['DeltakerPersonaliaDto'], type: 'DeltakerKontaktinformasjonDto' })).toEqual([]);
    expect(categories('contact_info', { container: ['users'], type: 'boolean' })).toEqual([]);
    expect(categories('has_contact_info', { container: ['users'], type: 'varchar(10)' })).toEqual([]);
    expect(categories('contactInfo', { container: ['SignupLabels'], type: 'string' })).toEqual([]);
    expect(categories('contact_info', { container: ['settings'], type: 'text' })).toEqual([]);
  });
});

describe("a telephony system's or provider's number", () => {
  it('is the phone number a person is reached at (`pbx_number`, `twilio_number`, `exotel_number`, `voipNumber`)', () => {
    expect(categories('pbx_number', { container: ['UserProfile'], type: 'CharField', siblings: ['user', 'pbx_number'] })).toEqual(['phone']);
    expect(categories('twilio_number', { container: ['CRM Telephony Agent'], type: 'Data', siblings: ['user', 'twilio', 'twilio_number', 'exotel_number'] })).toEqual(['phone']);
    expect(scanned('export interface Agent { voipNumber: string }').voipNumber).toEqual(['phone']);
  });

  it('leaves an extension, a count and a flag out', () => {
    expect(scanned('export interface ICallHistory { extensionNumber: string }').extensionNumber).toBeUndefined();
    expect(categories('pbx_number', { container: ['UserProfile'], type: 'boolean' })).toEqual([]);
    expect(categories('pbx_numbers_count', { container: ['stats'], type: 'integer' })).toEqual([]);
  });
});
