// Issue 4's live-database benchmark: a catalog scan of 2,000 tables / 30,000 columns, and content sampling
// of 200 tables of 1,000 rows. Uses PRIVMAP_BENCH_PG_URL, else a throwaway PostgreSQL started with
// initdb/pg_ctl when they are installed, else PGlite served over the wire protocol.
import pg from 'pg';
import { startBenchServer } from './bench-server.mjs';

const COLUMN_NAMES = ['first_name', 'last_name', 'email', 'email_verified', 'phone', 'street', 'postal_code', 'city', 'notes', 'status', 'created_at', 'total', 'sku', 'external_ref'];

async function exec(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

export default async function (log) {
  const server = await startBenchServer();
  try {
    const { scanPostgres } = await import('../dist/scan/postgres/index.js');
    const { createDetector } = await import('../dist/detect/index.js');
    const { loadSinkCatalogue } = await import('../dist/flows/catalogue.js');
    const engine = { detector: createDetector({ defaultRegion: 'NO' }), sinks: loadSinkCatalogue([]) };

    const ddl = [];
    for (let t = 0; t < 2000; t++) {
      const columns = Array.from({ length: 15 }, (_, c) => `${c === 0 ? 'id' : `${COLUMN_NAMES[(t + c) % COLUMN_NAMES.length]}_${c}`} ${c === 0 ? 'integer PRIMARY KEY' : 'text'}`);
      ddl.push(`CREATE TABLE bench_${t} (${columns.join(', ')});`);
    }
    await exec(server.url, ddl.join('\n'));
    let started = performance.now();
    const catalog = await scanPostgres({ url: server.url, engine, statementTimeoutMs: 120_000 });
    log(`${server.kind}: catalog scan of 2,000 tables / 30,000 columns: ${Math.round(performance.now() - started)} ms, ${catalog.findings.length} findings, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

    const fill = [];
    for (let t = 0; t < 200; t++) fill.push(`INSERT INTO bench_${t} SELECT g, 'Kari', 'Nordmann', 'kari' || g || '@example.com', 'x', '+47 4' || lpad((g * 97)::text, 7, '0'), 'Storgata ' || g, '0150', 'Oslo', 'note', 's', 't', 'sku', 'ref' FROM generate_series(1, 1000) g;`);
    fill.push('ANALYZE;');
    await exec(server.url, fill.join('\n'));
    started = performance.now();
    const sampled = await scanPostgres({ url: server.url, engine, sample: { rows: 100 }, include: { tables: Array.from({ length: 200 }, (_, t) => `bench_${t}`) }, statementTimeoutMs: 120_000 });
    log(`${server.kind}: sampling 200 tables of 1,000 rows (100 rows each): ${Math.round(performance.now() - started)} ms, ${sampled.findings.length} findings`);
  } finally {
    await server.stop();
  }
}
