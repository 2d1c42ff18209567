/**
 * `privmap scan --db` end to end: the sample app's code, migrations, Prisma schema and live database in one
 * inventory, with drift, content sampling that reports only counts, and a clear error for a server that is down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { runCliAsync, sampleApp } from '../helpers/cli.js';
import { startSampleDatabase, type SampleDatabase } from '../helpers/sample-database.js';

// Fake values only; the test proves none of them reaches any output.
const PHONES = Array.from({ length: 12 }, (_, i) => `+47 4${String(1000000 + i * 7919).slice(-7)}`);
const EMAILS = Array.from({ length: 12 }, (_, i) => `kari.nordmann${i}@example.com`);

describe('privmap scan --db', () => {
  let db: SampleDatabase;
  beforeAll(async () => {
    db = await startSampleDatabase([
      'ALTER TABLE customers ADD COLUMN nickname text',
      'CREATE TABLE call_notes (id integer PRIMARY KEY, body text)',
      ...PHONES.map((p, i) => `INSERT INTO call_notes VALUES (${i}, '${p}')`),
      ...EMAILS.map((e, i) => `INSERT INTO customers (id, first_name, last_name, email) VALUES ('c${i}', 'Kari', 'Nordmann', '${e}')`),
    ]);
  });
  afterAll(async () => db?.close());

  it('joins live columns with Prisma and migrations, reports drift, and finds personal data by content', async () => {
    const result = await runCliAsync(['report', sampleApp, '--db', db.url, '--sample', '50', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const email = report.elements.find((e: { container: string; field: string }) => e.container === 'Customer' && e.field === 'email');
    expect(email.sources).toEqual(['postgres', 'prisma', 'sql']);
    expect(report.drift).toEqual(expect.arrayContaining([{ kind: 'undocumented-column', table: 'public.customers', column: 'nickname' }]));
    const notes = report.elements.find((e: { container: string; field: string }) => e.container === 'public.call_notes' && e.field === 'body');
    expect(notes.category).toBe('phone');
    expect(notes.evidence.join(' ')).toMatch(/matched 12 of 12 sampled values/);

    const outputs = [result.stdout];
    for (const format of ['table', 'sarif', 'csv']) {
      const other = await runCliAsync(['scan', sampleApp, '--db', db.url, '--sample', '50', '--format', format, '--verbose']);
      outputs.push(other.stdout, other.stderr);
    }
    for (const value of [...PHONES, ...EMAILS]) for (const output of outputs) expect(output).not.toContain(value);
  });

  it('fails check on an undeclared live column and points SARIF at the policy', async () => {
    const result = await runCliAsync(['check', sampleApp, '--db', db.url, '--format', 'sarif']);
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    const live = log.runs[0]!.results!.find((r) => r.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName === 'public.customers.nickname');
    expect(live?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('privacy.yml');
  });

  it('says clearly when the server is down, without the password, and exits 2', async () => {
    const result = await runCliAsync(['scan', sampleApp, '--db', 'postgres://app:hunter2-secret@127.0.0.1:1/app']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:1\/app: connection refused/);
    expect(result.stderr).not.toContain('hunter2');
  });
});
