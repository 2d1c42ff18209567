/**
 * Issue 15: `privmap dsar` on the sample app's database seeded with several customers, orders, invoices and
 * tickets, and a billing address each customer's row points at (`customers.billing_address_id`) in a table of
 * postal addresses the parcel pick-up points use too. The export returns exactly one person's rows, their billing
 * address included and no pick-up point's; the erasure script keeps the invoices (accounting, a legal obligation), says why,
 * and erases the billing address after unlinking it; the subject's value appears in no message and in no script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each test starts several CLI processes; on the shared 2-core machine one can take 10 s.
const SLOW = 240_000;
import pg from 'pg';
import { runCliAsync, sampleApp } from '../helpers/cli.js';
import { startSampleDatabase, type SampleDatabase } from '../helpers/sample-database.js';

const PEOPLE = [
  { id: 'c1', first: 'Kari', last: 'Nordmann', email: 'kari.nordmann@example.com', phone: '+47 40000001' },
  { id: 'c2', first: 'Ola', last: 'Hansen', email: 'ola.hansen@example.com', phone: '+47 40000002' },
  { id: 'c3', first: 'Ingrid', last: 'Berg', email: 'ingrid.berg@example.com', phone: null },
];
const ORDERS = [
  { id: 'o1', customer: 'c1', invoice: 'i1' },
  { id: 'o2', customer: 'c2', invoice: 'i2' },
  { id: 'o3', customer: 'c2', invoice: null },
  { id: 'o4', customer: 'c3', invoice: 'i4' },
  { id: 'o5', customer: 'c2', invoice: 'i5' },
];
const q = (v: string | null) => (v === null ? 'NULL' : `'${v}'`);
const SEED = [
  // Billing addresses live in a table of postal addresses the customer's row points at; pick-up points use it too.
  `CREATE TABLE postal_addresses (id text PRIMARY KEY, street text NOT NULL, postal_code text NOT NULL, city text NOT NULL, country text NOT NULL DEFAULT 'NO')`,
  `ALTER TABLE customers ADD COLUMN billing_address_id text REFERENCES postal_addresses (id)`,
  `CREATE TABLE pickup_points (id text PRIMARY KEY, name text NOT NULL, opening_hours text, address_id text NOT NULL REFERENCES postal_addresses (id))`,
  ...PEOPLE.map((_, i) => `INSERT INTO postal_addresses (id, street, postal_code, city) VALUES ('pa${i + 1}', 'Kirkeveien ${i + 1}', '0368', 'Oslo')`),
  `INSERT INTO postal_addresses (id, street, postal_code, city) VALUES ('pa9', 'Lagerveien 9', '2000', 'Lillestrøm')`,
  `INSERT INTO pickup_points (id, name, opening_hours, address_id) VALUES ('pp1', 'Posten Lillestrøm', '08-20', 'pa9')`,
  ...PEOPLE.map((p, i) => `INSERT INTO customers (id, first_name, last_name, email, phone, billing_address_id) VALUES (${q(p.id)}, ${q(p.first)}, ${q(p.last)}, ${q(p.email)}, ${q(p.phone)}, 'pa${i + 1}')`),
  ...PEOPLE.map((p, i) => `INSERT INTO addresses (id, customer_id, street, postal_code, city) VALUES ('a${i + 1}', ${q(p.id)}, 'Storgata ${i + 1}', '0155', 'Oslo')`),
  ...ORDERS.map((o) => {
    const p = PEOPLE.find((x) => x.id === o.customer)!;
    return `INSERT INTO orders (id, customer_id, shipping_name, shipping_address, total_nok) VALUES (${q(o.id)}, ${q(o.customer)}, '${p.first} ${p.last}', 'Storgata, Oslo', 100)`;
  }),
  ...ORDERS.filter((o) => o.invoice).map((o, i) => {
    const p = PEOPLE.find((x) => x.id === o.customer)!;
    return `INSERT INTO invoices (id, order_id, invoice_number, billing_name, billing_address, billing_email, amount_nok) VALUES (${q(o.invoice)}, ${q(o.id)}, 'INV-${i + 1}', '${p.first} ${p.last}', 'Storgata, Oslo', ${q(p.email)}, 100)`;
  }),
  `INSERT INTO support_tickets (id, customer_id, subject, contact_email, message) VALUES ('t1', 'c2', 'Late delivery', 'ola.hansen@example.com', 'Where is my order?'), ('t2', 'c1', 'Invoice copy', 'kari.nordmann@example.com', 'Please resend')`,
];

describe('privmap dsar on the sample app', () => {
  let db: SampleDatabase;
  beforeAll(async () => {
    db = await startSampleDatabase(SEED);
  });
  afterAll(async () => db?.close());

  it("exports exactly one person's rows as JSON lines, and lists where else the data goes", async () => {
    const result = await runCliAsync(['dsar', sampleApp, '--db', db.url, '--subject', 'email=ola.hansen@example.com', '--run']);
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { table: string; row: { id: string } });
    const ids = rows.map((r) => `${r.table}:${r.row.id}`).sort();
    expect(ids).toEqual(['public.addresses:a2', 'public.customers:c2', 'public.invoices:i2', 'public.invoices:i5', 'public.orders:o2', 'public.orders:o3', 'public.orders:o5', 'public.postal_addresses:pa2', 'public.support_tickets:t1']);
    for (const other of ['kari.nordmann', 'ingrid.berg', 'Kari', 'Ingrid']) expect(result.stdout).not.toContain(other);
    // The summary names the tables, the counts and the recipients, never the value.
    expect(result.stderr).toMatch(/Data subject: public\.customers\.email \(declared in privacy\.yml \(subjects\.customers\.table\)\)/);
    expect(result.stderr).toMatch(/public\.customers <- public\.orders \(customer_id -> public\.customers\) <- public\.invoices \(order_id -> public\.orders\): 2 row\(s\)/);
    expect(result.stderr).toMatch(/public\.customers -> public\.postal_addresses \(billing_address_id\): 1 row\(s\)/);
    expect(result.stderr).not.toMatch(/pickup_points/);
    expect(result.stderr).toMatch(/Twilio SendGrid .*\[sendgrid\], US: .*email/);
    expect(result.stderr).not.toContain('ola.hansen');
  }, SLOW);

  it('writes the same rows as CSV, one line per cell', async () => {
    const result = await runCliAsync(['dsar', sampleApp, '--db', db.url, '--subject', 'id=c1', '--run', '-f', 'csv', '-q']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('table,row,column,value');
    expect(lines).toContain('public.customers,1,email,kari.nordmann@example.com');
    expect(lines).toContain('public.invoices,1,id,i1');
    expect(lines).toContain('public.postal_addresses,1,street,Kirkeveien 1');
    expect(result.stdout).not.toContain('Lagerveien');
    expect(result.stdout).not.toContain('ola.hansen');
  }, SLOW);

  it('writes the export SQL with the value as a psql variable, never in the text', async () => {
    const result = await runCliAsync(['dsar', sampleApp, '--db', db.url, '--subject', 'email=ola.hansen@example.com', '-q']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('BEGIN TRANSACTION READ ONLY;');
    expect(result.stdout).toContain(`CAST(:'subject' AS text)`);
    expect(result.stdout).not.toContain('ola.hansen');
  }, SLOW);

  it('writes erasure statements that keep the invoices, say why, and work once reviewed', async () => {
    const result = await runCliAsync(['dsar', sampleApp, '--db', db.url, '--subject', 'email=ola.hansen@example.com', '--erasure', '-q']);
    expect(result.status).toBe(0);
    const script = result.stdout;
    expect(script).not.toContain('ola.hansen');
    expect(script).toMatch(/-- KEPT public\.invoices: Compliance with legal obligations \(accounting\) \[accounting\], legal basis legal-obligation, exempt from erasure; retention: 5 years/);
    expect(script).not.toMatch(/DELETE FROM "public"\."invoices"/);
    expect(script).toMatch(/DELETE FROM "public"\."support_tickets"/);
    expect(script).not.toMatch(/DELETE FROM "public"\."pickup_points"/);
    // An address another row (a pick-up point, another customer) still points at stays.
    expect(script).toMatch(/DELETE FROM "public"\."postal_addresses" t1 WHERE .* AND NOT EXISTS \(SELECT 1 FROM "public"\."customers" r1 WHERE r1\."billing_address_id" = t1\."id"\) AND NOT EXISTS \(SELECT 1 FROM "public"\."pickup_points" r2 WHERE r2\."address_id" = t1\."id"\);/);
    // The billing address is noted before Ola's row is unlinked from it, and deleted after.
    expect(script.indexOf('CREATE TEMPORARY TABLE')).toBeLessThan(script.indexOf('UPDATE "public"."customers"'));
    expect(script.indexOf('UPDATE "public"."customers"')).toBeLessThan(script.indexOf('DELETE FROM "public"."postal_addresses"'));
    expect(script.trimEnd().endsWith('ROLLBACK; -- COMMIT once reviewed')).toBe(true);

    // A reviewer runs it (value bound as psql would, COMMIT instead of ROLLBACK): only Ola's erasable rows go.
    const reviewed = script.replaceAll(`:'subject'`, `'ola.hansen@example.com'`).replace('ROLLBACK; -- COMMIT once reviewed', 'COMMIT;');
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(reviewed);
      const left = async (table: string) => (await client.query(`SELECT id FROM ${table} ORDER BY id`)).rows.map((r) => r.id);
      expect(await left('invoices')).toEqual(['i1', 'i2', 'i4', 'i5']);
      expect(await left('orders')).toEqual(['o1', 'o2', 'o4', 'o5']);
      expect(await left('support_tickets')).toEqual(['t2']);
      expect(await left('addresses')).toEqual(['a1', 'a3']);
      // Ola's row stays for the kept invoices, unlinked from the billing address, which goes; the others stay.
      const ola = (await client.query(`SELECT phone, billing_address_id FROM customers WHERE id = 'c2'`)).rows;
      expect(ola).toEqual([{ phone: null, billing_address_id: null }]);
      expect(await left('postal_addresses')).toEqual(['pa1', 'pa3', 'pa9']);
      expect(await left('pickup_points')).toEqual(['pp1']);
      expect((await client.query(`SELECT count(*)::int AS n FROM customers WHERE phone IS NOT NULL`)).rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  }, SLOW);

  it('names a missing column without repeating the value, and exits 2', async () => {
    const result = await runCliAsync(['dsar', sampleApp, '--db', db.url, '--subject', 'mail=ola.hansen@example.com']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^privmap: error --subject: public\.customers has no column "mail"; its columns are id, first_name/);
    expect(result.stderr).not.toContain('ola.hansen');
  }, SLOW);
});
