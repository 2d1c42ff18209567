/**
 * A directory entry's or a sign-in profile's common name and surname (LDAP and SAML attributes `cn` and `sn` beside
 * `givenName` and `mail`) are a person's name; a device's `sn` (its serial number) and a certificate's `cn` are not
 * (rules/name.yml `name.directory`: bare, in a person's record only).
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe('directory attributes', () => {
  it('cn and sn of a profile with a given name and a mail are its person\'s name', () => {
    const found = scanned('export interface Profile {\n  givenName?: string;\n  sn?: string;\n  cn?: string;\n  email?: string;\n}\n');
    expect(found['sn']).toEqual(['name']);
    expect(found['cn']).toEqual(['name']);
  });

  it('but a device\'s serial number and a certificate\'s common name are not', () => {
    const found = scanned('export interface Device {\n  sn: string;\n  model: string;\n}\nexport interface CertificateSubject {\n  cn: string;\n  o: string;\n  c: string;\n}\n');
    expect(found['sn']).toBeUndefined();
    expect(found['cn']).toBeUndefined();
  });
});
