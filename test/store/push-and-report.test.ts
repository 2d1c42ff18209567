/**
 * Issue 15: the organisation store end to end, through the built CLI in child processes. Two projects are
 * pushed from concurrent processes, twice each; the store's record must list both systems with the counts of
 * their own reports, keep history, answer the documented views, and never print the store URL's password.
 */
import { Ajv } from 'ajv';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each test starts several CLI processes; on the shared 2-core machine one can take 10 s.
const SLOW = 240_000;
import { repoRoot, runCliAsync, sampleApp } from '../helpers/cli.js';
import { startStoreDatabase, type StoreDatabase } from './store-database.js';

const billing = join(repoRoot, 'fixtures', 'store', 'billing-service');
const SECRET = 'hunter2-store-secret';
const validate = new Ajv({ strict: true, allErrors: true, strictTuples: false }).compile(JSON.parse(readFileSync(join(repoRoot, 'schema', 'report.schema.json'), 'utf8')) as object);

/** The same URL with a password in it: trust auth ignores it, and no output may show it. */
function withPassword(url: string): string {
  const u = new URL(url);
  u.password = SECRET;
  return u.toString();
}

describe('privmap store init / push / report --store', () => {
  let db: StoreDatabase;
  let store: string;
  const outputs: string[] = [];
  const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const result = await runCliAsync(args, { env: { PRIVMAP_STORE_URL: store, ...env } });
    outputs.push(result.stdout, result.stderr);
    return result;
  };
  const ownSummary = async (dir: string) => JSON.parse((await runCliAsync(['report', dir, '-f', 'json'])).stdout).summary;

  beforeAll(async () => {
    db = await startStoreDatabase();
    store = withPassword(db.url);
  });
  afterAll(async () => db?.close());

  it('creates the schema once even when two jobs run init at the same time', async () => {
    const [a, b] = await Promise.all([run(['store', 'init']), run(['store', 'init'])]);
    expect([a.status, b.status]).toEqual([0, 0]);
    const said = [a.stderr, b.stderr].sort();
    expect(said.some((s) => /upgraded from version 0 to 3/.test(s))).toBe(true);
    expect(said.some((s) => /already at version 3/.test(s))).toBe(true);
    const versions = await db.query<{ version: number }>('SELECT version FROM privmap.schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
  }, SLOW);

  it('takes concurrent pushes of two repositories, twice each, and stores each commit once', async () => {
    const pushes = await Promise.all([
      run(['push', sampleApp, '--repo', 'smarti/shop', '--commit', 'a1b2c3d4e5f6a7b8', '--branch', 'main']),
      run(['push', billing, '--repo', 'smarti/billing', '--commit', 'b1b2c3d4e5f6a7b8', '--branch', 'main']),
      run(['push', sampleApp, '--repo', 'smarti/shop', '--commit', 'a1b2c3d4e5f6a7b8', '--branch', 'main']),
      run(['push', billing, '--repo', 'smarti/billing', '--commit', 'b1b2c3d4e5f6a7b8', '--branch', 'main']),
    ]);
    for (const p of pushes) expect(p.stderr).toMatch(/^privmap push smarti\/(shop|billing)@/);
    expect(pushes.map((p) => p.status)).toEqual([0, 0, 0, 0]);
    for (const repo of ['shop', 'billing']) {
      const said = pushes.map((p) => p.stderr).filter((s) => s.includes(`smarti/${repo}@`));
      expect(said.filter((s) => /stored \d+ element/.test(s))).toHaveLength(1);
      expect(said.filter((s) => /already stored, unchanged/.test(s))).toHaveLength(1);
    }
    const scans = await db.query<{ repository: string; n: number }>('SELECT repository, count(*)::int AS n FROM privmap.current_scans GROUP BY repository ORDER BY repository');
    expect(scans).toEqual([
      { repository: 'smarti/billing', n: 1 },
      { repository: 'smarti/shop', n: 1 },
    ]);
  }, SLOW);

  it("lists both systems with the same counts as their own reports, and joins the columns they share", async () => {
    const result = await run(['report', '--store', '-f', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const systems = report.organisation.systems;
    expect(systems.map((s: { id: string }) => s.id)).toEqual(['smarti/billing', 'smarti/shop']);
    const [billingOwn, shopOwn] = [await ownSummary(billing), await ownSummary(sampleApp)];
    const pick = ({ total, declared, undeclared, suppressed, percent }: Record<string, number>) => ({ total, declared, undeclared, suppressed, percent });
    expect(systems[0].elements).toEqual(pick(billingOwn));
    expect(systems[1].elements).toEqual(pick(shopOwn));
    expect(report.summary.total).toBe(billingOwn.total + shopOwn.total);
    expect(report.elements).toHaveLength(billingOwn.total + shopOwn.total);
    // Both systems hold public.customers.email: one row names both.
    const email = report.organisation.sharedColumns.find((c: { table: string; column: string }) => c.table === 'public.customers' && c.column === 'email');
    expect(email.systems.map((s: { system: string }) => s.system)).toEqual(['smarti/billing', 'smarti/shop']);
    expect(email.categories).toEqual(['email']);
    // Every place says which system it is in.
    expect(report.elements.every((e: { locations: { text: string }[] }) => e.locations.every((l) => /^smarti\/(shop|billing)/.test(l.text)))).toBe(true);

    const narrowed = JSON.parse((await run(['report', '--store', '--repo', 'smarti/billing', '-f', 'json'])).stdout);
    expect(narrowed.organisation.systems.map((s: { id: string }) => s.id)).toEqual(['smarti/billing']);
    expect(narrowed.summary.total).toBe(billingOwn.total);

    for (const format of ['html', 'markdown', 'csv']) {
      const other = await run(['report', '--store', '-f', format]);
      expect(other.status).toBe(0);
      expect(other.stdout).toContain('smarti/billing');
    }
  }, SLOW);

  it('answers the documented views', async () => {
    const transfers = await db.query<{ repository: string; recipient_id: string; category: string; flows: number }>(
      "SELECT repository, recipient_id, category, flows FROM privmap.transfers_outside_eea WHERE recipient_id = 'sendgrid' ORDER BY repository, category",
    );
    expect(transfers.map((t) => `${t.repository} ${t.category}`)).toEqual(['smarti/billing email', 'smarti/billing name', 'smarti/shop email', 'smarti/shop name']);
    expect(transfers.find((t) => t.repository === 'smarti/billing' && t.category === 'email')!.flows).toBeGreaterThan(0);
    const flows = await db.query<{ repository: string; recipient_id: string | null }>("SELECT DISTINCT repository, recipient_id FROM privmap.flows_current WHERE recipient_id = 'sendgrid' ORDER BY repository");
    expect(flows.map((f) => f.repository)).toContain('smarti/billing');
    const byCategory = await db.query<{ recipient_id: string; category: string; declared: boolean; declared_in: string[] }>(
      "SELECT recipient_id, category, declared, declared_in FROM privmap.recipients_by_category WHERE recipient_id = 'sendgrid' AND category = 'email'",
    );
    expect(byCategory[0]).toMatchObject({ declared: true, declared_in: ['smarti/billing', 'smarti/shop'] });
    const shared = await db.query<{ table_name: string; column_name: string; repositories: string[] }>("SELECT * FROM privmap.shared_columns WHERE column_name = 'email'");
    expect(shared).toEqual([expect.objectContaining({ table_name: 'public.customers', column_name: 'email', repositories: ['smarti/billing', 'smarti/shop'] })]);
    const current = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM privmap.elements_current WHERE repository = 'smarti/billing'");
    expect(current[0]!.n).toBe((await ownSummary(billing)).total);
  }, SLOW);

  it('keeps history: a later commit records what disappeared and what appeared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privmap-store-'));
    try {
      cpSync(billing, dir, { recursive: true });
      rmSync(join(dir, 'src', 'send-invoice.ts'));
      const later = await run(['push', dir, '--repo', 'smarti/billing', '--commit', 'c1c2c3d4e5f6a7b8', '--branch', 'main']);
      expect(later.status).toBe(0);
      expect(later.stderr).toMatch(/0 appeared, 5 disappeared/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const history = await db.query<{ event: string; commit_sha: string; field: string }>(
      "SELECT event, commit_sha, field FROM privmap.element_history WHERE repository = 'smarti/billing' AND container = 'InvoiceRecipient' ORDER BY at, event, field",
    );
    expect(history).toEqual([
      { event: 'appeared', commit_sha: 'b1b2c3d4e5f6a7b8', field: 'email' },
      { event: 'appeared', commit_sha: 'b1b2c3d4e5f6a7b8', field: 'firstName' },
      { event: 'appeared', commit_sha: 'b1b2c3d4e5f6a7b8', field: 'lastName' },
      { event: 'disappeared', commit_sha: 'c1c2c3d4e5f6a7b8', field: 'email' },
      { event: 'disappeared', commit_sha: 'c1c2c3d4e5f6a7b8', field: 'firstName' },
      { event: 'disappeared', commit_sha: 'c1c2c3d4e5f6a7b8', field: 'lastName' },
    ]);
    const current = await db.query<{ commit_sha: string }>("SELECT commit_sha FROM privmap.current_scans WHERE repository = 'smarti/billing'");
    expect(current).toEqual([{ commit_sha: 'c1c2c3d4e5f6a7b8' }]);
  }, SLOW);

  it('says what is wrong in one line, exit 2, and never prints the URL or its password', async () => {
    const missing = await runCliAsync(['report', '--store'], { env: { PRIVMAP_STORE_URL: '' } });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('privmap: error no store: pass --store <url> or set PRIVMAP_STORE_URL\n');
    const down = await runCliAsync(['store', 'init', '--store', `postgres://app:${SECRET}@127.0.0.1:1/privacy`]);
    expect(down.status).toBe(2);
    expect(down.stderr).toBe('privmap: error cannot connect to PostgreSQL at 127.0.0.1:1/privacy: connection refused\n');
    const unknownRepo = await run(['report', '--store', '--repo', 'smarti/nope']);
    expect(unknownRepo.status).toBe(2);
    expect(unknownRepo.stderr).toMatch(/no scan in the store for "smarti\/nope"/);
    for (const output of [...outputs, down.stdout, down.stderr]) expect(output).not.toContain(SECRET);
  }, SLOW);
});
