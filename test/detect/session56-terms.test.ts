/**
 * Session 56's detector changes, each from a fresh code base read after its first run (moved to training since):
 * - a Finnish ERP's abbreviated address and name columns (`postino`, `postitp`, `osoitetark`, `nimitark`, `eposti`)
 *   and the parties named before them (`laskutus_nimi`, `toim_nimi`: the billed and the delivered-to party's name), as
 *   English `billing_name` is (rules/lexicon/fi.yml); Pupesoft's customers and invoices;
 * - a type named for a phone number with a wrapper word after it (`UnifiedAccountingPhonenumberInput { number }`): the
 *   number is the phone, as in `PhoneNumber { number }` (`ownerCategory` in classify-field.ts); Panora's unified models.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe("a Finnish ERP's abbreviated columns", () => {
  const customer = { container: ['asiakas'], siblings: ['nimi', 'nimitark', 'osoite', 'osoitetark', 'postino', 'postitp', 'puhelin', 'email', 'toim_nimi', 'toim_postino', 'laskutus_nimi'] };

  it("are the customer's postcode, town, address line, name line and email", () => {
    expect(categories('postino', customer)).toEqual(['address']);
    expect(categories('postitp', customer)).toEqual(['address']);
    expect(categories('osoitetark', customer)).toEqual(['address']);
    expect(categories('nimitark', customer)).toEqual(['name']);
    expect(categories('eposti', { container: ['kuka'] })).toEqual(['email']);
  });

  it('are the delivered-to and the billed party\'s name and postcode', () => {
    expect(categories('toim_nimi', customer)).toEqual(['name']);
    expect(categories('toim_postino', customer)).toEqual(['address']);
    expect(categories('laskutus_nimi', customer)).toEqual(['name']);
  });

  it("are nothing as Italian words: a shipment's `postino` is its postman, no postcode", () => {
    expect(categories('postino', { container: ['spedizione'], siblings: ['corriere', 'data_consegna', 'stato', 'postino'] })).not.toContain('address');
  });
});

describe('a type named for a phone number with a wrapper word after it', () => {
  it('holds the phone in its bare `number`', () => {
    expect(categories('number', { container: ['UnifiedAccountingPhonenumberInput'], siblings: ['number', 'type'] })).toEqual(['phone']);
    expect(categories('number', { container: ['PhoneNumberDto'], siblings: ['number', 'type'] })).toEqual(['phone']);
  });

  it('leaves a number of a type named for something else alone', () => {
    expect(categories('number', { container: ['InvoiceInput'], siblings: ['number', 'total'] })).toEqual([]);
  });
});
