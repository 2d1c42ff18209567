/** Prisma schemas: discovery, @map/@@map/@@schema, doc-comment annotations, type evidence, traps and parse errors. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/detect/index.js';
import type { Engine } from '../../../src/engine.js';
import type { FieldFinding, ScanResult } from '../../../src/finding.js';
import { findPrismaSchemas, parsePrismaSchema, scanPrisma } from '../../../src/scan/prisma/index.js';
import { repoRoot } from '../../helpers/cli.js';

const engine = { detector: createDetector() } as unknown as Engine;
const fixture = (name: string) => join(repoRoot, 'fixtures', 'scan', 'prisma', name);

function lines(result: ScanResult): string[] {
  return (result.findings as FieldFinding[]).map((f) => {
    const storage = f.storage ? `${f.storage.schema ? `${f.storage.schema}.` : ''}${f.storage.table}.${f.storage.column}` : '-';
    return `${f.category} ${f.container}.${f.field} -> ${storage} @${f.location.line}:${f.location.col}${f.purposes.length ? ` [${f.purposes.join(',')}]` : ''}${f.tags ? ` #${f.tags.join(',')}` : ''}`;
  });
}

describe('single-file schema', () => {
  it('finds prisma/schema.prisma and skips relation and foreign-key fields', async () => {
    expect(await findPrismaSchemas(fixture('single-file'))).toEqual([{ id: 'prisma', files: ['prisma/schema.prisma'] }]);
    const result = await scanPrisma(fixture('single-file'), { engine });
    expect(result.skipped).toEqual([]);
    expect(lines(result)).toEqual([
      // Model-level `/// @purpose order-fulfilment` applies to fields without their own.
      'name Customer.firstName -> public.Customer.firstName @14:3 [order-fulfilment]',
      'name Customer.lastName -> public.Customer.lastName @15:3 [order-fulfilment]',
      'email Customer.email -> public.Customer.email @18:3 [order-fulfilment,account]',
      'phone Customer.phone -> public.Customer.phone @19:3 [order-fulfilment]',
      'address Address.street -> public.Address.street @29:3',
      'address Address.postalCode -> public.Address.postalCode @30:3',
      'address Address.city -> public.Address.city @31:3',
      // A trailing `/// @purpose accounting` on the field's own line.
      'name Invoice.billingName -> public.Invoice.billingName @48:3 [accounting]',
    ]);
    const columns = result.columns!.filter((c) => c.table === 'Order').map((c) => `${c.column} ${c.type}`);
    // `customer Customer` is a relation, not a column; `customerId` is.
    expect(columns).toEqual(['id Int', 'customerId Int', 'totalCents Int', 'placedAt DateTime']);
    expect(result.findings[0]!.location).toEqual({ source: 'prisma', file: 'prisma/schema.prisma', line: 14, col: 3, table: 'public.Customer', column: 'firstName' });
  });
});

describe('multi-file schema folder', () => {
  it('reads every file of prisma/schema as one schema, with @@schema, and skips the file that does not parse', async () => {
    expect(await findPrismaSchemas(fixture('multi-file'))).toEqual([
      { id: 'prisma/schema', files: ['prisma/schema/broken-draft.prisma', 'prisma/schema/crm.prisma', 'prisma/schema/schema.prisma', 'prisma/schema/user.prisma'] },
    ]);
    const result = await scanPrisma(fixture('multi-file'), { engine });
    expect(result.skipped).toEqual([{ file: 'prisma/schema/broken-draft.prisma', reason: 'parse-error', line: 4, detail: "unexpected string literal, expected ')'" }]);
    expect(JSON.stringify(result.skipped)).not.toContain('example.com');
    expect(lines(result)).toEqual([
      'name Lead.contactName -> crm.leads.contact_name @5:3 [sales]',
      'phone Lead.mobile -> crm.leads.mobile_phone @6:3 [sales]',
      'name User.name -> public.User.name @3:3',
      'email User.email -> public.User.email @4:3',
    ]);
    // The enum declared in crm.prisma is known in user.prisma: `role Role` is not text.
    expect(result.columns!.find((c) => c.column === 'role')).toMatchObject({ table: 'User', type: 'Role' });
    expect(result.stats.files).toBe(4);
  });
});

describe('mapped names', () => {
  it('resolves @map and @@map (both argument forms) and has no schema on MySQL', async () => {
    const result = await scanPrisma(fixture('mapped-names'), { engine });
    expect(lines(result)).toEqual([
      'email CustomerAccount.emailAddress -> customer_accounts.e_mail @8:3',
      'name CustomerAccount.fullName -> customer_accounts.kunde_navn @9:3',
      'phone CustomerAccount.phoneNumber -> customer_accounts.tlf @10:3',
      'address CustomerAccount.deliveryAddr -> customer_accounts.leveringsadresse @11:3',
      'name CustomerAccount.nickname -> customer_accounts.nickname @12:3',
      // Json: reported only when the name says personal data, and tagged for review.
      'address CustomerAccount.billingAddress -> customer_accounts.billing_address @15:3 #json',
    ]);
    expect((result.findings[0] as FieldFinding).location).toMatchObject({ table: 'customer_accounts', column: 'e_mail' });
  });
});

describe('traps', () => {
  it('is quiet on flags, counters, timestamps, enums, team names, labels and mail transports', async () => {
    const result = await scanPrisma(fixture('traps'), { engine });
    expect(lines(result)).toEqual([
      // A composite type is a container of its own, embedded in documents.
      'address PostalAddress.street -> - @8:3 #composite',
      'address PostalAddress.postalCode -> - @9:3 #composite',
      'address PostalAddress.city -> - @10:3 #composite',
      'email Customer.email -> Customer.email @15:3',
      'address Customer.billingAddress -> Customer.billingAddress @19:3',
      'email Customer.aliasEmail -> Customer.aliasEmail @22:3',
      'phone Warehouse.phone -> Warehouse.phone @33:3',
      'address Warehouse.street -> Warehouse.street @34:3',
    ]);
    const findings = result.findings as FieldFinding[];
    expect(findings.find((f) => f.field === 'aliasEmail')!.suppressed).toEqual({ reason: "an internal forwarding alias, never the customer's own address" });
    expect(findings.filter((f) => f.container === 'Warehouse').every((f) => f.isOrganisation)).toBe(true);
    // No column for composite-type fields: they live inside the Customer document.
    expect(result.columns!.some((c) => c.table === 'PostalAddress')).toBe(false);
  });

  it('is deterministic', async () => {
    const first = JSON.stringify(await scanPrisma(fixture('multi-file'), { engine }));
    expect(JSON.stringify(await scanPrisma(fixture('multi-file'), { engine }))).toBe(first);
  });
});

describe('parse errors', () => {
  it('gives the line of an unexpected token and of an unexpected end of file', () => {
    expect(parsePrismaSchema('model X {\n  a String\n  b @@\n}\n')).toMatchObject({ error: { line: 3, col: 3 } });
    expect(parsePrismaSchema('model X {\n  a String\n')).toEqual({ error: { line: 3, detail: "unexpected end of file, expected '}'" } });
  });
});
