/**
 * Issue 11 (session 28): records nested in a member behind a dictionary or a query builder's column wrapper are read
 * like any nested type literal (src/scan/code/declarations.ts nestedLiterals).
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe('a dictionary of records and a JSON column of records', () => {
  it("reads the records' members (an index signature, Record<K, {...}>, Kysely's JSONColumnType)", () => {
    const found = scanned(`
      export interface SelvstendigAktivitet {
        perioder: { [key: string]: { virksomhetstyper: string[]; regnskapsførerNavn: string; regnskapsførerTlf: string } };
      }
      export interface Team {
        members: Record<string, { givenName: string; mail: string }>;
      }
      export interface MarketingContacts {
        contact_history: JSONColumnType<{ firstName: string; email: Email; createdAt: string }[]>;
      }
    `);
    expect(found['regnskapsførerNavn']).toEqual(['name']);
    expect(found['regnskapsførerTlf']).toEqual(['phone']);
    expect(found.givenName).toEqual(['name']);
    expect(found.firstName).toEqual(['name']);
    expect(found.email).toEqual(['email']);
  });

  it('keeps a dictionary of plain values and a record with its own members beside the signature as they were', () => {
    const found = scanned(`
      export interface Translations {
        names: { [locale: string]: string };
        team: { name: string; [extra: string]: unknown };
      }
    `);
    expect(found.names).toBeUndefined();
    expect(found.name).toBeUndefined();
  });
});
