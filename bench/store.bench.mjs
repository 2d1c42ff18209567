// Issue 15's store benchmark: 500 repositories' inventories pushed into one store (8 CI jobs at a time), then
// the organisation's record built from it and rendered in every format. The inventories are real ones (the
// sample app's and the billing fixture's scans) repeated under 500 repository names with their containers,
// files and tables varied, so element shapes, locations and evidence are what real scans produce: 200 elements
// per repository, 100,000 in all. Set PRIVMAP_BENCH_STORE_REPOS to change the count.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchServer } from './bench-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPOS = Number(process.env.PRIVMAP_BENCH_STORE_REPOS ?? 500);
const PER_REPO = 200;
const JOBS = 8;

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const ms = (t) => Math.round(performance.now() - t);
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

function variant(element, repo, copy) {
  const suffix = copy ? `_${copy}` : '';
  return {
    ...element,
    id: hash(`${element.id}|${copy}`),
    container: `${element.container}${suffix}`,
    locations: element.locations.map((l) => ({
      ...l,
      ...(l.file ? { file: l.file.replace(/(\.[a-z]+)$/, `${suffix}$1`) } : {}),
      // Every tenth copy keeps the real table name, so many repositories share columns as real estates do.
      ...(l.table && copy % 10 !== 0 ? { table: `${l.table}${suffix}` } : {}),
    })),
  };
}

export default async function (log) {
  const { scanProject } = await import('../dist/pipeline.js');
  const { scanRecord } = await import('../dist/store/record.js');
  const { connectStore } = await import('../dist/store/connect.js');
  const { migrateStore } = await import('../dist/store/migrate.js');
  const { pushScan } = await import('../dist/store/push.js');
  const { organisationReport } = await import('../dist/store/organisation.js');
  const { reporters } = await import('../dist/report/index.js');

  const bases = [
    await scanProject({ dir: join(root, 'fixtures', 'sample-app') }),
    await scanProject({ dir: join(root, 'fixtures', 'store', 'billing-service') }),
  ];
  const records = Array.from({ length: REPOS }, (_, r) => {
    const base = bases[r % bases.length];
    const record = scanRecord(base, { repository: `acme/service-${String(r).padStart(3, '0')}`, commit: hash(`commit ${r}`), branch: 'main', scannedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, r)).toISOString() });
    // Varied from the record's elements, as `push` stores them (raw findings left behind).
    const elements = [];
    for (let copy = 0; elements.length < PER_REPO; copy++) for (const e of record.elements) if (elements.length < PER_REPO) elements.push(variant(e, r, copy));
    return { ...record, elements, summary: { ...record.summary, total: elements.length } };
  });

  const server = await startBenchServer();
  try {
    const admin = await connectStore(server.url);
    await migrateStore(admin);
    await admin.close();

    const pushAll = async () => {
      const times = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: JOBS }, async () => {
          const store = await connectStore(server.url);
          try {
            while (next < records.length) {
              const record = records[next++];
              const t = performance.now();
              await pushScan(store, record);
              times.push(performance.now() - t);
            }
          } finally {
            await store.close();
          }
        }),
      );
      return { total: ms(started), p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) };
    };
    const first = await pushAll();
    log(`${server.kind}: pushed ${REPOS} repositories × ${PER_REPO} elements (${REPOS * PER_REPO} elements), ${JOBS} at a time: ${first.total} ms (per push p50 ${first.p50} ms, p95 ${first.p95} ms)`);
    const again = await pushAll();
    log(`${server.kind}: the same ${REPOS} commits pushed again (unchanged, nothing written): ${again.total} ms (p50 ${again.p50} ms)`);

    const store = await connectStore(server.url);
    try {
      let t = performance.now();
      const raw = await store.client.query('SELECT e.data::text FROM privmap.repositories r JOIN privmap.elements e ON e.scan_id = r.current_scan_id');
      log(`${server.kind}: reading the current elements alone (one query, ${raw.rows.length} rows): ${ms(t)} ms`);
      t = performance.now();
      const cpu = process.cpuUsage();
      const report = await organisationReport(store);
      const used = process.cpuUsage(cpu);
      log(`${server.kind}: organisation record from the store (read + build): ${ms(t)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU in privmap, ${report.elements.length} elements, ${report.organisation.systems.length} systems, ${report.organisation.sharedColumns.length} shared columns`);
      for (const format of ['json', 'csv', 'markdown', 'html']) {
        t = performance.now();
        const text = reporters[format](report);
        log(`  render ${format}: ${ms(t)} ms, ${(text.length / 1e6).toFixed(1)} MB`);
      }
      t = performance.now();
      const narrowed = await organisationReport(store, { repositories: ['acme/service-007'] });
      log(`${server.kind}: --repo acme/service-007: ${ms(t)} ms, ${narrowed.elements.length} elements`);
      t = performance.now();
      const transfers = await store.client.query("SELECT count(*)::int AS n FROM privmap.transfers_outside_eea WHERE category = 'email'");
      log(`${server.kind}: SELECT count(*) FROM privmap.transfers_outside_eea WHERE category = 'email': ${ms(t)} ms (${transfers.rows[0].n} rows)`);
    } finally {
      await store.close();
    }
    log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (timings on a shared, loaded 2-core machine)`);
  } finally {
    await server.stop();
  }
}
