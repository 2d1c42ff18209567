/**
 * Issue 15: a store made by schema version 1 (privmap 0.1) or 2 is upgraded in place by `privmap store init`: its
 * scans survive, the columns and tables version 2 adds are filled from what version 1 kept, the history is
 * rebuilt from the order of the scans already pushed, and version 3's drift, skipped-file and warning lists start
 * empty for old scans and are filled by the next push of a commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each test starts several CLI processes; on the shared 2-core machine one can take 10 s.
const SLOW = 240_000;
import { connectStore } from '../../src/store/connect.js';
import { migrateStore } from '../../src/store/migrate.js';
import { pushScan } from '../../src/store/push.js';
import { runCliAsync } from '../helpers/cli.js';
import { startStoreDatabase, type StoreDatabase } from './store-database.js';

const policy = {
  controller: { name: 'Acme AS', contact: ['privacy@example.com'] },
  categories: {},
  subjects: { customers: { id: 'customers', title: 'Customers' } },
  purposes: { crm: { id: 'crm', title: 'CRM', legalBasis: 'contract', categories: ['email', 'phone'], subjects: ['customers'], directMarketing: false, profiling: false, erasureExempt: false } },
  recipients: { hubspot: { id: 'hubspot', title: 'HubSpot', kind: 'processor', purposes: ['crm'], categories: ['email'], packages: [], hosts: [], sinks: [], transfer: { country: 'US', safeguard: 'SCCs' } } },
};

function element(id: string, field: string, kind: 'field' | 'flow' = 'field') {
  return {
    id,
    kind,
    category: 'email',
    container: kind === 'flow' ? 'syncContact' : 'Contact',
    field,
    status: 'declared',
    reasons: [],
    purposes: ['crm'],
    recipients: kind === 'flow' ? ['hubspot'] : [],
    sources: ['code'],
    locations: [{ source: 'code', file: 'src/contact.ts', line: 3 }],
    evidence: [{ ruleId: 'email.word', words: ['email'], confidence: 0.95, notes: [] }],
    ...(kind === 'flow' ? { sink: { id: 'hubspot', kind: 'crm', package: '@hubspot/api-client' } } : {}),
  };
}

/** Rows exactly as privmap 0.1's push wrote them into a version-1 store. */
async function pushAsVersion1(db: StoreDatabase, commit: string, at: string, elements: ReturnType<typeof element>[]): Promise<void> {
  const [repo] = await db.query<{ id: string }>("INSERT INTO privmap.repositories (name) VALUES ('acme/crm') ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id");
  const [scan] = await db.query<{ id: string }>(
    "INSERT INTO privmap.scans (repository_id, commit_sha, branch, scanned_at, tool_version, content_hash, policy, summary) VALUES ($1, $2, 'main', $3, '0.1.0', $2, $4, $5) RETURNING id",
    [repo!.id, commit, at, JSON.stringify(policy), JSON.stringify({ total: elements.length, declared: elements.length, undeclared: 0, suppressed: 0, percent: 100, files: 1, lines: 10 })],
  );
  for (const e of elements) {
    await db.query('INSERT INTO privmap.elements VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [scan!.id, e.id, e.kind, e.category, e.container, e.field, e.status, e.purposes, e.recipients, e.sources, JSON.stringify(e)]);
    await db.query("INSERT INTO privmap.locations VALUES ($1, $2, 1, 'code', 'src/contact.ts', 3, NULL, NULL)", [scan!.id, e.id]);
  }
}

describe('privmap store init on a version-1 store', () => {
  let db: StoreDatabase;
  beforeAll(async () => {
    db = await startStoreDatabase();
    const store = await connectStore(db.url);
    try {
      expect(await migrateStore(store, 1)).toEqual({ from: 0, to: 1, applied: [{ version: 1, name: 'initial' }] });
    } finally {
      await store.close();
    }
    await pushAsVersion1(db, 'aaaa1111', '2026-01-01T10:00:00Z', [element('e-email', 'email'), element('e-work', 'workEmail'), element('f-sync', 'hubspot.crm.contacts.create', 'flow')]);
    await pushAsVersion1(db, 'bbbb2222', '2026-02-01T10:00:00Z', [element('e-email', 'email'), element('f-sync', 'hubspot.crm.contacts.create', 'flow'), element('e-backup', 'backupEmail')]);
  });
  afterAll(async () => db?.close());

  it('refuses to push or report until the store is upgraded', async () => {
    const report = await runCliAsync(['report', '--store', db.url, '-f', 'json']);
    expect(report.status).toBe(2);
    expect(report.stderr).toMatch(/is at schema version 1; run `privmap store init` to upgrade it to 3\n$/);
  }, SLOW);

  it('upgrades to version 3 and carries every scan over', async () => {
    const init = await runCliAsync(['store', 'init', '--store', db.url]);
    expect(init.status).toBe(0);
    expect(init.stderr).toMatch(/upgraded from version 1 to 3 \(2 history-and-views, 3 drift-skipped-warnings\)/);
    const again = await runCliAsync(['store', 'init', '--store', db.url]);
    expect(again.stderr).toMatch(/already at version 3/);

    const current = await db.query<{ commit_sha: string; elements: number }>('SELECT commit_sha, elements FROM privmap.current_scans');
    expect(current).toEqual([{ commit_sha: 'bbbb2222', elements: 3 }]);
    const history = await db.query<{ event: string; field: string; commit_sha: string }>('SELECT event, field, commit_sha FROM privmap.element_history ORDER BY at, event, field');
    expect(history).toEqual([
      { event: 'appeared', field: 'email', commit_sha: 'aaaa1111' },
      { event: 'appeared', field: 'hubspot.crm.contacts.create', commit_sha: 'aaaa1111' },
      { event: 'appeared', field: 'workEmail', commit_sha: 'aaaa1111' },
      { event: 'appeared', field: 'backupEmail', commit_sha: 'bbbb2222' },
      { event: 'disappeared', field: 'workEmail', commit_sha: 'bbbb2222' },
    ]);
    const transfers = await db.query('SELECT repository, recipient_id, country, category, flows FROM privmap.transfers_outside_eea');
    expect(transfers).toEqual([{ repository: 'acme/crm', recipient_id: 'hubspot', country: 'US', category: 'email', flows: 1 }]);
    const flows = await db.query('SELECT sink_id, sink_kind, recipient_id, outside_eea FROM privmap.flows_current');
    expect(flows).toEqual([{ sink_id: 'hubspot', sink_kind: 'crm', recipient_id: 'hubspot', outside_eea: true }]);
    // Version 1 kept no drift, skipped files or warnings: the upgraded scans have none, and the views answer.
    for (const view of ['drift_current', 'skipped_current', 'warnings_current']) expect(await db.query(`SELECT * FROM privmap.${view}`)).toEqual([]);
  }, SLOW);

  it('reports and pushes on the upgraded store', async () => {
    const report = await runCliAsync(['report', '--store', db.url, '-f', 'json']);
    expect(report.stderr).toBe('');
    const json = JSON.parse(report.stdout);
    expect(json.organisation.systems).toEqual([{ id: 'acme/crm', commit: 'bbbb2222', branch: 'main', scannedAt: '2026-02-01T10:00:00.000Z', elements: { total: 3, declared: 3, undeclared: 0, suppressed: 0, percent: 100 } }]);
    expect(json.recipients.find((r: { id: string }) => r.id === 'hubspot').transfer).toEqual({ country: 'US', safeguard: 'SCCs', outsideEea: true });
  }, SLOW);
});

describe('privmap store init on a version-2 store', () => {
  let db: StoreDatabase;
  beforeAll(async () => {
    db = await startStoreDatabase();
    const store = await connectStore(db.url);
    try {
      expect(await migrateStore(store, 2)).toMatchObject({ from: 0, to: 2 });
    } finally {
      await store.close();
    }
    // A version-2 push: the scan and its elements, no lists (version 2 had no tables for them).
    await pushAsVersion1(db, 'cccc3333', '2026-03-01T10:00:00Z', [element('e-email', 'email')]);
    await db.query("UPDATE privmap.repositories SET current_scan_id = (SELECT id FROM privmap.scans WHERE commit_sha = 'cccc3333')");
  });
  afterAll(async () => db?.close());

  it('upgrades to version 3; the next push of the same commit fills its drift, skipped files and warnings', async () => {
    const store = await connectStore(db.url);
    try {
      expect(await migrateStore(store)).toEqual({ from: 2, to: 3, applied: [{ version: 3, name: 'drift-skipped-warnings' }] });
      expect(await db.query('SELECT commit_sha, elements FROM privmap.current_scans')).toEqual([{ commit_sha: 'cccc3333', elements: 1 }]);
      expect(await db.query('SELECT * FROM privmap.skipped_current')).toEqual([]);
      const record = {
        repository: 'acme/crm',
        commit: 'cccc3333',
        branch: 'main',
        scannedAt: '2026-03-01T10:00:00Z',
        toolVersion: '0.2.0',
        policy: policy as never,
        elements: [element('e-email', 'email')] as never,
        drift: [{ kind: 'undocumented-column' as const, table: 'public.contacts', column: 'nickname', source: 'postgres' }],
        skipped: [{ file: 'src/legacy.min.js', reason: 'minified' }],
        warnings: ['public.audit_log: permission denied; the table was not sampled'],
        summary: { total: 1, declared: 1, undeclared: 0, suppressed: 0, percent: 100, files: 1, lines: 10 },
      };
      // Replaced, not "unchanged": the stored content gains the lists.
      expect(await pushScan(store, record)).toMatchObject({ outcome: 'replaced', elements: 1 });
      expect(await db.query('SELECT repository, kind, table_name, column_name FROM privmap.drift_current')).toEqual([{ repository: 'acme/crm', kind: 'undocumented-column', table_name: 'public.contacts', column_name: 'nickname' }]);
      expect(await db.query('SELECT repository, file, reason FROM privmap.skipped_current')).toEqual([{ repository: 'acme/crm', file: 'src/legacy.min.js', reason: 'minified' }]);
      expect(await db.query('SELECT repository, message FROM privmap.warnings_current')).toEqual([{ repository: 'acme/crm', message: 'public.audit_log: permission denied; the table was not sampled' }]);
    } finally {
      await store.close();
    }
  }, SLOW);
});
