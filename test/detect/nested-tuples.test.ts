/**
 * Issue 11 (session 9): Mongoose models typed by hand write an array of sub-documents as a one-element tuple
 * (`telecom: [{ value: String; system: String }]`, `ownership: [{ owner: { name: string } }]`): its members are the
 * member's, as in `{ ... }[]`. Written from training misses (andes, draken).
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe('an array of sub-documents written as a one-element tuple', () => {
  it("holds its members' data, as an array type does", () => {
    const fhir = scanned(`export interface ProfesionalFHIR {
  telecom: [{ resourceType: String; value: String; rank: Number; use: String; system: String; }];
}`);
    expect(fhir.value).toEqual(['email', 'phone']);
    const estate = scanned(`export interface EstateInformation {
  ownership: [ { type: string; share: string; owner: { name: string; address: string; postalCode: string; city: string; }; } ];
}`);
    expect(estate.name).toEqual(['name']);
    expect(estate.address).toEqual(['address']);
  });

  it('leaves a tuple of several elements or of named members alone', () => {
    expect(scanned(`export interface Pair { pair: [{ email: string }, { email: string }]; }`).email).toBeUndefined();
    expect(scanned(`export interface Named { entry: [first: { email: string }]; }`).email).toBeUndefined();
  });
});
