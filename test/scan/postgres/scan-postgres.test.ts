/**
 * The live PostgreSQL source on a real database: PGlite over the wire protocol by default, the real server
 * when PRIVMAP_TEST_PG_URL is set (CI). Tests that need roles, passwords or a second connection run only
 * on the real server.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/detect/index.js';
import type { Engine } from '../../../src/engine.js';
import { DatabaseError } from '../../../src/errors.js';
import type { FieldFinding } from '../../../src/finding.js';
import { loadSinkCatalogue } from '../../../src/flows/catalogue.js';
import { scanPostgres } from '../../../src/scan/postgres/index.js';
import { startSampleDatabase, type SampleDatabase } from '../../helpers/sample-database.js';

const engine = { detector: createDetector({ defaultRegion: 'NO' }), sinks: loadSinkCatalogue([]) } as unknown as Engine;
const realServer = Boolean(process.env.PRIVMAP_TEST_PG_URL);

const EMAILS = Array.from({ length: 10 }, (_, i) => `ola.nordmann${i}@example.com`);
const PHONES = Array.from({ length: 9 }, (_, i) => `+47 41${String(100000 + i * 3571).slice(-6)}`);

const SEED = [
  "CREATE DOMAIN email_address AS text",
  "CREATE TYPE ticket_state AS ENUM ('open', 'closed')",
  'CREATE TABLE crm_contacts (id serial PRIMARY KEY, customer_id text REFERENCES customers(id), remarks text, reachable_at text, work_mail email_address, state ticket_state, payload jsonb)',
  "COMMENT ON TABLE crm_contacts IS 'Sales contacts. @purpose customer-relationship'",
  "COMMENT ON COLUMN crm_contacts.reachable_at IS 'Free text from the old CRM. @personal none -- reviewed: opening hours, not numbers'",
  ...EMAILS.map((e, i) => `INSERT INTO crm_contacts (remarks, reachable_at, payload) VALUES ('${e}', '${PHONES[i % PHONES.length]}', '{"email": "${e}", "note": "call back"}')`),
  'CREATE TABLE call_log (id serial PRIMARY KEY, number_dialled text)',
  ...PHONES.map((p) => `INSERT INTO call_log (number_dialled) VALUES ('${p}')`),
  'CREATE VIEW contact_emails AS SELECT id, work_mail FROM crm_contacts',
  'CREATE MATERIALIZED VIEW team_names AS SELECT id, name FROM teams',
];

function find(findings: FieldFinding[], table: string, column: string): FieldFinding | undefined {
  return findings.find((f) => f.container === table && f.field === column);
}

describe('scanPostgres', () => {
  let db: SampleDatabase;
  beforeAll(async () => {
    db = await startSampleDatabase(SEED);
  });
  afterAll(async () => db?.close());

  it('reads tables, views, materialized views, types, comments, domains, enums and foreign keys', async () => {
    const result = await scanPostgres({ url: db.url, engine });
    const findings = result.findings as FieldFinding[];
    expect(find(findings, 'public.customers', 'email')).toMatchObject({ category: 'email', storage: { schema: 'public', table: 'customers', column: 'email' }, location: { source: 'postgres', table: 'public.customers', column: 'email' } });
    expect(find(findings, 'public.customers', 'email_verified')).toBeUndefined();
    expect(find(findings, 'public.teams', 'name')).toBeUndefined();
    expect(find(findings, 'public.crm_contacts', 'work_mail')).toMatchObject({ category: 'email', purposes: ['customer-relationship'] });
    expect(find(findings, 'public.crm_contacts', 'reachable_at')).toBeUndefined();
    expect(find(findings, 'public.crm_contacts', 'customer_id')).toBeUndefined();
    expect(find(findings, 'public.contact_emails', 'work_mail')?.tags).toEqual(['view']);
    expect(find(findings, 'public.warehouses', 'phone')?.isOrganisation).toBe(true);
    const columns = (result.columns ?? []).map((c) => `${c.table}.${c.column}`);
    expect(columns).toContain('customers.email');
    expect(columns).not.toContain('contact_emails.work_mail');
  });

  it('flags a column by content at 50% of at least 10 values, and not with fewer values', async () => {
    const result = await scanPostgres({ url: db.url, engine, sample: { rows: 100 } });
    const findings = result.findings as FieldFinding[];
    expect(find(findings, 'public.crm_contacts', 'remarks')).toMatchObject({ category: 'email', evidence: { ruleId: 'value.email', notes: ['matched 10 of 10 sampled values'] } });
    expect(find(findings, 'public.crm_contacts', 'payload')?.category).toBe('email');
    // Nine phone numbers are below the ten values a verdict needs.
    expect(find(findings, 'public.call_log', 'number_dialled')).toBeUndefined();
    const loose = await scanPostgres({ url: db.url, engine, sample: { rows: 100, minValues: 5 } });
    expect(find(loose.findings as FieldFinding[], 'public.call_log', 'number_dialled')?.category).toBe('phone');
    // A reviewed suppression stays suppressed even when the content looks like phones.
    expect(find(loose.findings as FieldFinding[], 'public.crm_contacts', 'reachable_at')).toBeUndefined();
  });

  it('never puts a sampled value in any output', async () => {
    const result = await scanPostgres({ url: db.url, engine, sample: { rows: 100, minValues: 1 } });
    const text = JSON.stringify(result);
    for (const value of [...EMAILS, ...PHONES]) expect(text).not.toContain(value);
  });

  it('sends only reads inside a read-only transaction', async () => {
    const sent: string[] = [];
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, config: unknown, ...rest: unknown[]) {
      sent.push(typeof config === 'string' ? config : (config as { text: string }).text);
      return (original as (...args: unknown[]) => unknown).call(this, config, ...rest);
    } as typeof original;
    try {
      await scanPostgres({ url: db.url, engine, sample: { rows: 20 } });
    } finally {
      pg.Client.prototype.query = original;
    }
    expect(sent[0]).toBe('BEGIN TRANSACTION READ ONLY');
    expect(sent.at(-1)).toBe('ROLLBACK');
    for (const sql of sent) expect(sql.trim()).toMatch(/^(BEGIN TRANSACTION READ ONLY|SET LOCAL|SELECT|SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK)/);
    expect(sent.join('\n')).not.toMatch(/count\s*\(/i);
  });

  it('filters schemas, tables and columns', async () => {
    const result = await scanPostgres({ url: db.url, engine, sample: { rows: 100 }, include: { tables: ['customers', 'crm_*'] }, exclude: { columns: ['work_mail'] } });
    const tables = new Set(result.findings.map((f) => f.container));
    expect([...tables].sort()).toEqual(['public.crm_contacts', 'public.customers']);
    expect(find(result.findings as FieldFinding[], 'public.crm_contacts', 'work_mail')).toBeUndefined();
  });

  it('reports a server that is down clearly, within the timeout', async () => {
    const started = Date.now();
    const error = await scanPostgres({ url: 'postgres://app:s3cret-pw@127.0.0.1:1/app', engine, connectTimeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toBe('cannot connect to PostgreSQL at 127.0.0.1:1/app: connection refused');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  describe.skipIf(!realServer)('on a real server (roles, passwords, locks)', () => {
    const admin = () => new pg.Client({ connectionString: db.url });
    const role = `privmap_reader_${process.pid}`;
    let reader: string;
    beforeAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`CREATE ROLE ${role} LOGIN PASSWORD 'right-password'`);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await client.query(`GRANT SELECT ON customers, crm_contacts TO ${role}`);
      await client.end();
      const url = new URL(db.url);
      url.username = role;
      url.password = 'right-password';
      reader = url.toString();
    });
    afterAll(async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
      await client.end();
    });

    it('rejects a wrong password without printing it', async () => {
      const url = new URL(reader);
      url.password = 'wrong-password-123';
      const error = await scanPostgres({ url: url.toString(), engine }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/password authentication failed/);
      expect((error as Error).message).not.toContain('wrong-password-123');
    });

    it('goes on when a table may not be read, with a warning', async () => {
      const result = await scanPostgres({ url: reader, engine, sample: { rows: 50 } });
      expect(result.warnings?.some((w) => /public\.call_log: not sampled: permission denied/.test(w))).toBe(true);
      expect(find(result.findings as FieldFinding[], 'public.crm_contacts', 'remarks')?.category).toBe('email');
    });

    it('gives up on a locked or slow table after the lock or statement timeout and goes on', async () => {
      const locker = admin();
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE call_log IN ACCESS EXCLUSIVE MODE');
      try {
        const started = Date.now();
        const result = await scanPostgres({ url: db.url, engine, sample: { rows: 50 }, lockTimeoutMs: 300 });
        expect(result.warnings?.some((w) => /public\.call_log: not sampled: .*waited too long for a lock/.test(w))).toBe(true);
        expect(Date.now() - started).toBeLessThan(5000);
        // With a long lock timeout, the statement timeout is what stops the wait.
        const slow = await scanPostgres({ url: db.url, engine, sample: { rows: 50 }, lockTimeoutMs: 10_000, statementTimeoutMs: 400 });
        expect(slow.warnings?.some((w) => /public\.call_log: not sampled: .*cancelled by the statement timeout/.test(w))).toBe(true);
      } finally {
        await locker.query('ROLLBACK');
        await locker.end();
      }
    });
  });
});
