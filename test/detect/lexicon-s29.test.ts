/**
 * Issue 11 (session 29): words of the lexicon languages that code bases write and the lexicons lacked.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe("Italian `cogn`, the surname abbreviated", () => {
  it("is a family name beside `nome` (the public administration index's responsible officer)", () => {
    const found = scanned(`
      export class IpaPublicAdministration {
        public cod_amm!: string;
        public des_amm!: string;
        public nome_resp!: string;
        public cogn_resp!: string;
        public titolo_resp!: string;
        public mail1!: string;
        public tipo_mail1!: string;
      }
    `);
    expect(found['nome_resp']).toEqual(['name']);
    expect(found['cogn_resp']).toEqual(['name']);
  });

  it('stays out of a cognitive score, a number and a flag', () => {
    expect(categories('cogn_score', { container: ['Assessment'], siblings: ['cogn_score', 'memory_score'], type: 'string' })).toEqual([]);
    expect(categories('cogn', { container: ['Assessment'], siblings: ['cogn', 'motor'], type: 'number' })).toEqual([]);
    expect(categories('cognDecline', { container: ['Patient'], type: 'boolean' })).toEqual([]);
  });
});

describe("the Scandinavian account owner (`kontoeier`, `kontoejer`, `kontoägare`)", () => {
  it("is the name the bank account is kept under, as an account holder's is", () => {
    const found = scanned(`
      export interface KontoSepa {
        iban?: string
        bic?: string
        kontoeier?: string
      }
    `);
    expect(found.kontoeier).toEqual(['name']);
    expect(categories('kontoejer', { container: ['Bankkonto'], siblings: ['kontoejer', 'kontonummer'], type: 'string' })).toEqual(['name']);
    expect(categories('kontoägare', { container: ['Utbetalning'], siblings: ['kontoägare', 'clearingnummer'], type: 'string' })).toEqual(['name']);
  });

  it("stays out of the owner's id and kind", () => {
    expect(categories('kontoeierId', { container: ['Konto'], type: 'string' })).toEqual([]);
    expect(categories('kontoeierType', { container: ['Konto'], type: 'string' })).toEqual([]);
  });
});

describe("English `digital domicile`, an Italian administration's certified mailbox word for word", () => {
  it("is an email address, and so is the `address` of a record named for it", () => {
    const found = scanned(`
      export interface SendReportRowDto {
        fiscalCode: string;
        digitalDomicileAddress: string | null;
      }
      export class NotificationAttempt {
        sendDigitalDomicile!: { type: string; address: string | null; source: string } | null;
      }
    `);
    expect(found.digitalDomicileAddress).toEqual(['email']);
    expect(found.address).toEqual(['email']);
  });

  it("leaves a French `domicile` a postal address and a kind of digital domicile nobody's", () => {
    expect(categories('domicile', { container: ['Personne'], siblings: ['nom', 'domicile'], type: 'string' })).toEqual(['address']);
    expect(categories('digitalDomicileType', { container: ['Recipient'], type: 'string' })).toEqual([]);
  });
});
