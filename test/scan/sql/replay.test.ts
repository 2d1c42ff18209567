/** Replaying DDL into the final schema: renames, drops, type changes, views, comments, types and broken statements. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanSql } from '../../../src/scan/sql/index.js';
import { byField, engine, findingLines, fixture, schemaLines } from './helpers.js';

describe('renames and drops', () => {
  it('keeps a renamed column as one column, forgets dropped ones, and follows type changes and schema moves', async () => {
    const result = await scanSql(fixture('renames-and-drops'), { engine });
    expect(result.skipped).toEqual([]);
    // fax dropped; email_opt_in became a boolean; contact_imports dropped with its view (CASCADE).
    expect(schemaLines(result)).toEqual(['crm.customer_contacts: id bigserial, full_name text, mobile_no varchar(32), email_opt_in boolean, notes text']);
    expect(findingLines(result)).toEqual([
      'name crm.customer_contacts.full_name @ migrations/0001_create_contacts.sql:5',
      'phone crm.customer_contacts.mobile_no @ migrations/0001_create_contacts.sql:6',
    ]);
    const mobile = byField(result).get('crm.customer_contacts.mobile_no')!;
    expect(mobile.storage).toEqual({ schema: 'crm', table: 'customer_contacts', column: 'mobile_no' });
    expect(mobile.location.related).toEqual([
      { file: 'migrations/0002_rename_contacts.sql', line: 1, note: 'column renamed from phone' },
      { file: 'migrations/0003_move_to_crm.sql', line: 1, note: 'table renamed from contacts' },
    ]);
    // The rename statement spans two lines; it is reported where it starts.
    expect(byField(result).get('crm.customer_contacts.full_name')!.location.related?.[0]).toEqual({ file: 'migrations/0003_move_to_crm.sql', line: 3, note: 'column renamed from name' });
  });
});

describe('views, comments and user types', () => {
  it('annotates from column and table comments, uses domains as hints and enums as non-text', async () => {
    const result = await scanSql(fixture('views-and-comments'), { engine });
    const fields = byField(result);
    const customers = [...fields.values()].filter((f) => f.container === 'public.customers');
    expect(customers.map((f) => `${f.category} ${f.field} [${f.purposes.join(',')}]${f.suppressed ? ' suppressed' : ''}`)).toEqual([
      'name first_name [order-fulfilment]',
      'name last_name [order-fulfilment]',
      // Named `contact`, declared with the email_address domain: the domain says what it holds.
      'email contact [order-fulfilment,newsletter]',
      'phone reachable_on [order-fulfilment] suppressed',
      // A composite postal_address type.
      'address billing [order-fulfilment]',
    ]);
    expect(fields.get('public.customers.reachable_on')!.suppressed).toEqual({ reason: "the shop's own switchboard, copied onto every row" });
    expect(fields.get('public.customers.contact')!.evidence.ruleId).toBe('hint.email');
    expect(fields.has('public.customers.kind')).toBe(false);
    expect(fields.has('public.customers.preferences')).toBe(false);
    // A store's front-desk phone: organisation data, still annotated.
    expect(fields.get('public.stores.phone')).toMatchObject({ purposes: ['customer-service'], isOrganisation: true });
  });

  it('takes view columns from the select list, with aliases, `*` expansion and the source column\'s annotations', async () => {
    const result = await scanSql(fixture('views-and-comments'), { engine });
    const views = (result.findings as { container: string; field: string; category: string; tags?: string[]; purposes: string[]; location: { line?: number; col?: number } }[]).filter((f) => f.tags?.some((t) => t.includes('view')));
    expect(views.map((f) => `${f.tags!.join(',')} ${f.container}.${f.field} ${f.category} [${f.purposes.join(',')}] ${f.location.line}:${f.location.col}`)).toEqual([
      // `CREATE VIEW customer_directory (customer_name) AS SELECT first || ' ' || last, c.contact AS email, ...`
      'view public.customer_directory.customer_name name [] 2:8',
      'view public.customer_directory.email email [order-fulfilment,newsletter] 2:44',
      'materialized-view public.customer_snapshot.first_name name [] 7:8',
      'materialized-view public.customer_snapshot.last_name name [] 7:8',
      'materialized-view public.customer_snapshot.contact email [order-fulfilment,newsletter] 7:8',
      'materialized-view public.customer_snapshot.reachable_on phone [] 7:8',
      'materialized-view public.customer_snapshot.billing address [] 7:8',
      // A view over a table this history never created: the name still speaks.
      'view public.unknown_source.email email [] 10:38',
    ]);
    // Views are not storage of their own for drift.
    expect(schemaLines(result).map((l) => l.split(':')[0])).toEqual(['public.customers', 'public.stores']);
  });
});

describe('broken statements', () => {
  it('skips what the parser rejects with file:line, replays the rest, and never prints a quoted value', async () => {
    const result = await scanSql(fixture('broken-statement'), { engine });
    expect(result.skipped).toEqual([
      { file: 'migrations/001_create_customers.sql', reason: 'sql-error', line: 12, detail: 'syntax error at or near ","' },
      { file: 'migrations/001_create_customers.sql', reason: 'sql-error', line: 23, detail: 'syntax error at or near a quoted string' },
      // An unterminated quote swallows the rest of the file, as it does in PostgreSQL.
      { file: 'migrations/002_unterminated_quote.sql', reason: 'sql-error', line: 2, detail: 'unterminated quoted string at or near a quoted string' },
    ]);
    const text = readFileSync(`${fixture('broken-statement')}/migrations/001_create_customers.sql`, 'utf8');
    expect(text.split('\n')[11]).toContain(',,');
    expect(JSON.stringify(result.skipped)).not.toContain('example.com');
    expect(schemaLines(result)).toEqual(['public.customers: id bigserial, fornavn text, etternavn text, epost text, telefon text, postnummer varchar(4)']);
    expect(findingLines(result)).toEqual([
      'name public.customers.fornavn @ migrations/001_create_customers.sql:4',
      'name public.customers.etternavn @ migrations/001_create_customers.sql:5',
      'email public.customers.epost @ migrations/001_create_customers.sql:6',
      'phone public.customers.telefon @ migrations/001_create_customers.sql:27',
      'address public.customers.postnummer @ migrations/002_unterminated_quote.sql:1',
    ]);
    expect(result.stats.files).toBe(2);
  });
});

describe('determinism', () => {
  it('gives identical output on every run', async () => {
    for (const name of ['flyway', 'views-and-comments', 'broken-statement']) {
      const first = JSON.stringify(await scanSql(fixture(name), { engine }));
      expect(JSON.stringify(await scanSql(fixture(name), { engine }))).toBe(first);
    }
  });
});
