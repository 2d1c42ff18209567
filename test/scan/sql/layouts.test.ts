/** Migration layouts: which files each tool's history holds, the order it applies them, and the schema they leave. */
import { describe, expect, it } from 'vitest';
import { findMigrationHistories, scanSql } from '../../../src/scan/sql/index.js';
import { byField, engine, findingLines, fixture, schemaLines } from './helpers.js';

describe('Flyway', () => {
  it('orders versions numerically (V1_1 < V1_10 < V2 < V10), repeatables last, and skips undo scripts and target/', async () => {
    const histories = await findMigrationHistories(fixture('flyway'));
    expect(histories.map((h) => [h.kind, h.id])).toEqual([['flyway', 'src/main/resources/db/migration']]);
    expect(histories[0]!.files.map((f) => f.split('/').pop())).toEqual([
      'V1__create_customers.sql',
      'V1_1__add_customer_phone.sql',
      'V1_10__rename_customer_phone.sql',
      'V2__create_invoices.sql',
      'V10__add_invoice_billing_address.sql',
      'R__invoice_recipients_view.sql',
    ]);
  });

  it('replays in that order: the rename after the add, the V10 columns inside the R__ view', async () => {
    const result = await scanSql(fixture('flyway'), { engine });
    expect(schemaLines(result)).toEqual([
      'public.customers: id bigserial, first_name varchar(100), last_name varchar(100), email varchar(255), email_verified boolean, created_at timestamptz, mobile_no varchar(32)',
      'public.invoices: id bigserial, customer_id bigint, total_cents integer, issued_on date, billing_name text, billing_address text',
    ]);
    const dir = 'src/main/resources/db/migration';
    expect(findingLines(result)).toEqual([
      `name public.customers.first_name @ ${dir}/V1__create_customers.sql:4`,
      `name public.customers.last_name @ ${dir}/V1__create_customers.sql:5`,
      `email public.customers.email @ ${dir}/V1__create_customers.sql:6`,
      `phone public.customers.mobile_no @ ${dir}/V1_1__add_customer_phone.sql:1`,
      `name public.invoice_recipients.billing_name @ ${dir}/R__invoice_recipients_view.sql:2`,
      `address public.invoice_recipients.billing_address @ ${dir}/R__invoice_recipients_view.sql:2`,
      `name public.invoices.billing_name @ ${dir}/V10__add_invoice_billing_address.sql:2`,
      `address public.invoices.billing_address @ ${dir}/V10__add_invoice_billing_address.sql:3`,
    ]);
    const mobile = byField(result).get('public.customers.mobile_no')!;
    expect(mobile.location).toEqual({
      source: 'sql',
      file: `${dir}/V1_1__add_customer_phone.sql`,
      line: 1,
      col: 34,
      table: 'public.customers',
      column: 'mobile_no',
      related: [{ file: `${dir}/V1_10__rename_customer_phone.sql`, line: 2, note: 'column renamed from phone' }],
    });
    expect(mobile.storage).toEqual({ schema: 'public', table: 'customers', column: 'mobile_no' });
    expect(byField(result).get('public.invoice_recipients.billing_address')!.tags).toEqual(['view']);
  });
});

describe('Prisma migrations', () => {
  it('replays folders by timestamp: quoted mixed-case names, an enum column, a rename and a drop', async () => {
    const result = await scanSql(fixture('prisma-migrations'), { engine });
    expect(schemaLines(result)).toEqual([
      'public.Team: id serial, name text, slug text',
      'public.User: id serial, email text, emailVerified boolean, role Role, teamId integer, createdAt timestamp',
      'public.customers: id text, full_name text, e_mail text, street_address text, postal_code varchar(10), city text, mobile_no text',
    ]);
    // Team.name is a team's name, User.emailVerified a flag, User.role an enum: none is personal data.
    expect(findingLines(result)).toEqual([
      'email public.User.email @ prisma/migrations/20240105093000_init/migration.sql:7',
      'name public.customers.full_name @ prisma/migrations/20240105093000_init/migration.sql:29',
      'email public.customers.e_mail @ prisma/migrations/20240105093000_init/migration.sql:30',
      'address public.customers.street_address @ prisma/migrations/20240105093000_init/migration.sql:31',
      'address public.customers.postal_code @ prisma/migrations/20240105093000_init/migration.sql:32',
      'address public.customers.city @ prisma/migrations/20240105093000_init/migration.sql:33',
      'phone public.customers.mobile_no @ prisma/migrations/20240220114500_add_customer_phone/migration.sql:2',
    ]);
    expect(byField(result).get('public.customers.mobile_no')!.location.related).toEqual([
      { file: 'prisma/migrations/20240301080000_rename_phone_to_mobile/migration.sql', line: 2, note: 'column renamed from phone' },
    ]);
  });
});

describe('Drizzle', () => {
  it('follows the journal, survives statement breakpoints and DO blocks', async () => {
    const histories = await findMigrationHistories(fixture('drizzle'));
    expect(histories).toEqual([{ id: 'drizzle', kind: 'drizzle', files: ['drizzle/0000_init_customers.sql', 'drizzle/0001_customer_phone.sql', 'drizzle/0002_drop_customer_last_name.sql'] }]);
    const result = await scanSql(fixture('drizzle'), { engine });
    expect(result.skipped).toEqual([]);
    expect(schemaLines(result)).toEqual([
      'public.addresses: id serial, customer_id integer, street text, postcode varchar(16), town text',
      'public.customers: id serial, display_name varchar(100), email varchar(255), email_verified boolean, phone varchar(32)',
    ]);
    expect(findingLines(result)).toEqual([
      'address public.addresses.street @ drizzle/0000_init_customers.sql:13',
      'address public.addresses.postcode @ drizzle/0000_init_customers.sql:14',
      'address public.addresses.town @ drizzle/0000_init_customers.sql:15',
      'name public.customers.display_name @ drizzle/0000_init_customers.sql:3',
      'email public.customers.email @ drizzle/0000_init_customers.sql:5',
      'phone public.customers.phone @ drizzle/0001_customer_phone.sql:1',
    ]);
  });
});

describe('golang-migrate', () => {
  it('replays only .up.sql files, by version (1, 2, 10)', async () => {
    const histories = await findMigrationHistories(fixture('golang-migrate'));
    expect(histories).toEqual([{ id: 'migrations', kind: 'up-down', files: ['migrations/1_create_users.up.sql', 'migrations/2_add_user_contact.up.sql', 'migrations/10_rename_phone.up.sql'] }]);
    const result = await scanSql(fixture('golang-migrate'), { engine });
    // Replaying a .down.sql would have dropped the table; replaying 10 before 2 would have lost the rename.
    expect(schemaLines(result)).toEqual(['public.users: id uuid, username text, email citext, created_at timestamptz, mobile text, phone_verified_at timestamptz']);
    expect(findingLines(result)).toEqual(['email public.users.email @ migrations/1_create_users.up.sql:4', 'phone public.users.mobile @ migrations/2_add_user_contact.up.sql:1']);
  });
});

describe('plain migrations folder with dbmate and goose sections', () => {
  it('replays only the up sections, keeps line numbers, and stays quiet on labels, mail settings and team names', async () => {
    const result = await scanSql(fixture('plain-migrations'), { engine });
    expect(result.skipped).toEqual([]);
    expect(schemaLines(result).map((l) => l.split(':')[0])).toEqual(['public.field_labels', 'public.mail_settings', 'public.team_members', 'public.teams', 'public.warehouses']);
    expect(findingLines(result)).toEqual([
      'name public.team_members.full_name @ db/migrations/20240101120000_create_teams.sql:11',
      'email public.team_members.email @ db/migrations/20240101120000_create_teams.sql:12',
      'phone public.warehouses.phone @ db/migrations/20240215083000_create_warehouses.sql:6',
      'address public.warehouses.street @ db/migrations/20240215083000_create_warehouses.sql:7',
      'address public.warehouses.postal_code @ db/migrations/20240215083000_create_warehouses.sql:8',
    ]);
    // A warehouse's phone is the company's: reported, but as organisation data.
    const warehouse = (result.findings as { container: string; isOrganisation?: boolean }[]).filter((f) => f.container === 'public.warehouses');
    expect(warehouse.every((f) => f.isOrganisation === true)).toBe(true);
  });
});

describe('schema snapshot beside a migration history', () => {
  it('replays each on its own; the same column merges later through its storage', async () => {
    const histories = await findMigrationHistories(fixture('schema-snapshot'));
    expect(histories.map((h) => `${h.kind} ${h.id}`)).toEqual(['plain db/migrations', 'snapshot db/structure.sql']);
    const result = await scanSql(fixture('schema-snapshot'), { engine });
    expect(result.skipped).toEqual([]);
    expect(findingLines(result)).toEqual([
      'email public.customers.email @ db/migrations/20240101000000_create_customers.sql:3',
      'phone public.customers.phone @ db/migrations/20240201000000_add_customer_phone.sql:1',
      'email public.customers.email @ db/structure.sql:20',
      'phone public.customers.phone @ db/structure.sql:21',
      'name public.legacy_contacts.contact_name @ db/structure.sql:27',
      'phone public.legacy_contacts.fax @ db/structure.sql:28',
    ]);
    const emails = byField(result);
    expect(emails.get('public.customers.email')!.purposes).toEqual(['account', 'order-fulfilment']);
    const snapshot = { ...result, columns: result.columns!.filter((c) => c.location.file === 'db/structure.sql') };
    expect(schemaLines(snapshot)).toEqual([
      'public.customers: id bigint, email varchar(255), phone varchar(32), updated_at timestamp',
      'public.legacy_contacts: id bigint, contact_name text, fax text',
      'public.schema_migrations: version varchar',
    ]);
  });
});

describe('extra globs from the policy', () => {
  it('adds files outside the known layouts as one history per glob', async () => {
    const histories = await findMigrationHistories(fixture('views-and-comments'), ['migrations/00[12]_*.sql']);
    // The layout already placed these files; the glob adds nothing twice.
    expect(histories.map((h) => `${h.kind} ${h.files.length}`)).toEqual(['plain 3']);
    const fromRoot = await findMigrationHistories(fixture('golang-migrate'), ['migrations/*.down.sql']);
    expect(fromRoot.map((h) => `${h.kind} ${h.id} ${h.files.join(',')}`)).toEqual([
      'up-down migrations migrations/1_create_users.up.sql,migrations/2_add_user_contact.up.sql,migrations/10_rename_phone.up.sql',
      'custom migrations/*.down.sql migrations/1_create_users.down.sql,migrations/2_add_user_contact.down.sql,migrations/10_rename_phone.down.sql',
    ]);
  });
});
