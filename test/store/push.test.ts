/**
 * Issue 15: push as a library call against a real PostgreSQL (PGlite, or the CI server): a store that was never
 * initialised is refused, the same commit is stored once, new content for a commit replaces its scan, and the
 * history follows the scans' order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/errors.js';
import { connectStore, type StoreConnection } from '../../src/store/connect.js';
import { migrateStore } from '../../src/store/migrate.js';
import { pushScan } from '../../src/store/push.js';
import { organisationReport } from '../../src/store/organisation.js';
import { scanRecord } from '../../src/store/record.js';
import { reporters } from '../../src/report/index.js';
import { loadReportInventory } from '../report/fixture.js';
import { startStoreDatabase, type StoreDatabase } from './store-database.js';

const inventory = loadReportInventory();
const record = (commit: string, scannedAt: string, keep = (_: number) => true) =>
  scanRecord({ ...inventory, elements: inventory.elements.filter((_, i) => keep(i)) }, { repository: 'smarti/report', commit, branch: 'main', scannedAt });

describe('pushScan', () => {
  let db: StoreDatabase;
  let store: StoreConnection;
  beforeAll(async () => {
    db = await startStoreDatabase();
    store = await connectStore(db.url);
  });
  afterAll(async () => {
    await store?.close();
    await db?.close();
  });

  it('refuses a database without a store', async () => {
    await expect(pushScan(store, record('c1', '2026-01-01T00:00:00Z'))).rejects.toThrow(DatabaseError);
    await expect(pushScan(store, record('c1', '2026-01-01T00:00:00Z'))).rejects.toThrow(/no privmap store at .*: run `privmap store init` first/);
  });

  it('stores a commit once, replaces it when its content changes, and keeps history in scan order', async () => {
    await migrateStore(store);
    const total = inventory.elements.length;
    const first = await pushScan(store, record('c1', '2026-01-01T00:00:00Z', (i) => i !== 0));
    expect(first).toMatchObject({ outcome: 'created', elements: total - 1, appeared: total - 1, disappeared: 0 });
    expect(await pushScan(store, record('c1', '2026-01-01T00:00:00Z', (i) => i !== 0))).toMatchObject({ outcome: 'unchanged', scanId: first.scanId });

    const second = await pushScan(store, record('c2', '2026-01-02T00:00:00Z', (i) => i !== 1));
    expect(second).toMatchObject({ outcome: 'created', appeared: 1, disappeared: 1 });
    // A rerun of c2 after a fix: same scan, new content, events recomputed against c1.
    const rerun = await pushScan(store, record('c2', '2026-01-02T01:00:00Z'));
    expect(rerun).toMatchObject({ outcome: 'replaced', scanId: second.scanId, elements: total, appeared: 1, disappeared: 0 });

    const scans = await db.query<{ commit_sha: string; n: number }>('SELECT s.commit_sha, count(e.*)::int AS n FROM privmap.scans s LEFT JOIN privmap.elements e ON e.scan_id = s.id GROUP BY s.commit_sha ORDER BY 1');
    expect(scans).toEqual([
      { commit_sha: 'c1', n: total - 1 },
      { commit_sha: 'c2', n: total },
    ]);
    const events = await db.query<{ commit_sha: string; event: string; n: number }>('SELECT commit_sha, event, count(*)::int AS n FROM privmap.element_history GROUP BY 1, 2 ORDER BY 1, 2');
    expect(events).toEqual([
      { commit_sha: 'c1', event: 'appeared', n: total - 1 },
      { commit_sha: 'c2', event: 'appeared', n: 1 },
    ]);
    expect(await db.query('SELECT commit_sha FROM privmap.current_scans')).toEqual([{ commit_sha: 'c2' }]);
  });

  it("keeps each scan's drift, skipped files and warnings, and the organisation's record shows them by system", async () => {
    const stored = await pushScan(store, record('c3', '2026-01-03T00:00:00Z'));
    expect(stored.outcome).toBe('created');
    const report = await organisationReport(store);
    expect(report.drift).toEqual(inventory.drift.map((d) => ({ kind: d.kind, table: `smarti/report/${d.table}`, column: d.column })).sort((a, b) => (a.column < b.column ? -1 : 1)));
    expect(report.skipped).toEqual([
      { file: 'smarti/report/migrations/007_partition_orders.sql', reason: 'sql-error', line: 3, detail: 'syntax error at or near "PARTITION"' },
      { file: 'smarti/report/src/vendor/legacy-widget.min.js', reason: 'minified' },
    ]);
    expect(report.warnings).toEqual(['smarti/report: public.audit_log: permission denied; the table was not sampled']);
    const markdown = reporters.markdown(report);
    expect(markdown).toContain('smarti/report/src/vendor/legacy-widget.min.js');
    expect(markdown).toContain('smarti/report/public.customers');
    expect(markdown).toMatch(/^- smarti\/report: public\.audit\\?_log: permission denied/m);
    // Replacing the commit replaces its lists instead of adding to them.
    await pushScan(store, { ...record('c3', '2026-01-03T01:00:00Z'), skipped: [], warnings: [] });
    const again = await organisationReport(store);
    expect([again.skipped, again.warnings, again.drift.length]).toEqual([[], [], inventory.drift.length]);
  });
});
