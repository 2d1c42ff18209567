/**
 * An item of a list of people is one of them (`MemberListItem`, `CustomerListItem`: src/detect/context.ts), as a row or
 * an entry is, so its `mobile` and `avatarInitials` count as a member's do; a list item of things stays a thing's.
 * Who stands in for a person (`substituteName`) and a mother or father abbreviated in legacy columns (`PAT_MOTH_NAME`,
 * `FATH_NAME`) are people (rules/lexicon/en.yml, erp.yml).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('list items of people', () => {
  it('are records of those people', () => {
    const found = scanned('export interface MemberListItem {\n  firstName: string;\n  lastName: string;\n  mobile: string;\n  avatarInitials: string;\n}\n');
    expect(found['mobile']).toEqual(['phone']);
    expect(found['avatarInitials']).toEqual(['name']);
  });

  it('while a list item of products keeps its name a product\'s', () => {
    const found = scanned('export interface ProductListItem {\n  name: string;\n  price: number;\n  mobile: boolean;\n}\n');
    expect(found['name']).toBeUndefined();
  });
});

describe('substitutes and abbreviated parents', () => {
  it('are people whose name is named after them', () => {
    expect(categories('substituteName', { container: ['referentForm'], type: 'string', siblings: ['email', 'substituteName', 'substituteEmail'] })).toEqual(['name']);
    const patient = ['PAT_ID', 'PAT_FNAME', 'PAT_SNAME', 'PAT_MOTH_NAME', 'PAT_FATH_NAME', 'PAT_ADDR'];
    expect(categories('PAT_MOTH_NAME', { container: ['PATIENT'], type: 'varchar(50)', siblings: patient })).toEqual(['name']);
    expect(categories('PAT_FATH_NAME', { container: ['PATIENT'], type: 'varchar(50)', siblings: patient })).toEqual(['name']);
  });

  it('but a substitute product\'s name is no person\'s', () => {
    expect(categories('substitute_product_name', { container: ['products'], type: 'varchar(50)', siblings: ['id', 'name', 'substitute_product_name'] })).toEqual([]);
  });
});
