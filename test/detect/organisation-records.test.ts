/**
 * A record no container word decides (`Account`, `Entity`) with a company's fields (a website, a VAT id, an industry)
 * and no given or family name is a company's: its bare `name` is the company's, as a customer's is in the same case
 * (src/detect/classify-field.ts, `siblings:organisation`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a record of no known kind with a company\'s fields', () => {
  it('keeps its bare name out (Account with website, industry and email)', () => {
    expect(categories('name', { container: ['Account'], type: 'varchar', siblings: ['id', 'name', 'website', 'industry', 'emailAddress', 'phoneNumber'] })).toEqual([]);
    expect(categories('name', { container: ['Entity'], type: 'varchar', siblings: ['id', 'name', 'vat_number', 'email'] })).toEqual([]);
  });

  it('while its email stays reported, and a given and family name beside the company fields keep a person\'s record', () => {
    expect(categories('emailAddress', { container: ['Account'], type: 'varchar', siblings: ['id', 'name', 'website', 'industry', 'emailAddress'] })).toEqual(['email']);
    expect(categories('name', { container: ['Account'], type: 'varchar', siblings: ['id', 'name', 'website', 'first_name', 'last_name', 'email'] })).toEqual(['name']);
    expect(categories('name', { container: ['Account'], type: 'varchar', siblings: ['id', 'name', 'emailAddress', 'phoneNumber'] })).toEqual(['name']);
  });
});
