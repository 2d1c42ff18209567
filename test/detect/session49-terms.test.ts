/**
 * Session 49's detector and code-scanner changes, from fresh code bases' first runs (moved to training since):
 * - a copy of a name or an address kept as it was when a record was made (`customer_name_snapshot` of a US
 *   field-service app's requests) is still that name or address (rules/context.yml `allowedSuffixes`);
 * - the name a user is shown under in Spanish (`nombre_mostrado`, `nombre_a_mostrar`) is a display name
 *   (rules/lexicon/es.yml), as `nombre visible` was;
 * - GraphQL codegen's `Exact<{ … }>` of an operation's variables and a zod schema made by a hook or a factory
 *   (`const useBurgerValidator = () => zod.object({ … })`) hold members like any type or schema (declarations.ts);
 *   a Dutch municipal budget-management app's front end.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a snapshot of a value', () => {
  it('is the name or address it copies', () => {
    expect(categories('customer_name_snapshot', { container: ['requests'], type: 'text', siblings: ['id', 'customer_name_snapshot', 'status'] })).toEqual(['name']);
    expect(categories('billing_address_snapshot', { container: ['invoices'], type: 'text', siblings: ['id', 'billing_address_snapshot', 'total'] })).toEqual(['address']);
  });

  it("is no person's data where the snapshot is a mail's HTML", () => {
    expect(categories('html_snapshot', { container: ['email_messages'], type: 'text', siblings: ['id', 'html_snapshot', 'text_snapshot'] })).toEqual([]);
  });
});

describe('a Spanish display name', () => {
  it("is the user's name", () => {
    expect(categories('nombre_mostrado', { container: ['usuarios'], type: 'varchar(150)', siblings: ['id', 'correo', 'nombre_mostrado'] })).toEqual(['name']);
    expect(categories('nombreMostrado', { container: ['Usuario'], type: 'string', siblings: ['id', 'correo', 'nombreMostrado'] })).toEqual(['name']);
  });
});

describe('members the code scanner reaches', () => {
  it("reads an operation's variables inside codegen's Exact<{ … }>", () => {
    const fields = scanned(`export type UpdateBurgerMutationVariables = Exact<{
  id: Scalars['Int'];
  voornamen?: InputMaybe<Scalars['String']>;
  achternaam?: InputMaybe<Scalars['String']>;
  email?: InputMaybe<Scalars['String']>;
}>;`);
    expect(fields).toEqual({ voornamen: ['name'], achternaam: ['name'], email: ['email'] });
  });

  it('reads a zod schema a hook makes', () => {
    const fields = scanned(`const useBurgerValidator = () => zod.object({
  voornamen: zod.string().min(1),
  achternaam: zod.string().min(1),
  postcode: zod.string(),
  aantal: zod.number(),
});`);
    expect(fields).toEqual({ voornamen: ['name'], achternaam: ['name'], postcode: ['address'] });
  });

  it('leaves an arrow function making anything but a schema', () => {
    expect(scanned(`const useBurgerTitle = () => makeTitle({ voornamen: 'x', achternaam: 'y' });`)).toEqual({});
  });
});
