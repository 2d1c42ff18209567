// The SQL migration scanner's benchmark: a deterministic history of 500 migration files (creates, alters,
// renames, drops, comments, views, seed inserts; 20-100 statements each) replayed by `scanSql` from the BUILT
// dist. Reports files/s, statements/s, total ms and peak RSS, measured in a child process so no other bench's
// heap is counted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const FILES = 500;
const GENERATOR_VERSION = 1;

/** mulberry32: the same seed gives the same history on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSONAL = ['first_name', 'last_name', 'email', 'phone', 'mobile', 'street_address', 'postal_code', 'city', 'billing_name', 'delivery_address', 'fornavn', 'etternavn', 'telefon', 'epost'];
const PLAIN = ['status', 'total_cents', 'quantity', 'sku', 'notes', 'created_at', 'updated_at', 'is_active', 'email_verified', 'locale', 'currency', 'priority', 'external_ref', 'version'];
const TYPES = { first_name: 'text', last_name: 'text', email: 'varchar(255)', phone: 'varchar(32)', mobile: 'varchar(32)', street_address: 'text', postal_code: 'varchar(10)', city: 'text', billing_name: 'text', delivery_address: 'text', fornavn: 'text', etternavn: 'text', telefon: 'text', epost: 'text', status: 'text', total_cents: 'integer', quantity: 'integer', sku: 'varchar(64)', notes: 'text', created_at: 'timestamptz NOT NULL DEFAULT now()', updated_at: 'timestamptz', is_active: 'boolean NOT NULL DEFAULT true', email_verified: 'boolean NOT NULL DEFAULT false', locale: 'varchar(8)', currency: 'char(3)', priority: 'smallint', external_ref: 'uuid', version: 'bigint' };
const ENTITIES = ['customers', 'orders', 'invoices', 'addresses', 'contacts', 'leads', 'shipments', 'tickets', 'members', 'suppliers', 'payments', 'reviews'];

export function generateHistory(dir, files = FILES) {
  const marker = join(dir, '.generated.json');
  const params = JSON.stringify({ files, version: GENERATOR_VERSION });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === params) return JSON.parse(readFileSync(join(dir, '.stats.json'), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const out = join(dir, 'db', 'migrations');
  mkdirSync(out, { recursive: true });
  const next = random(20240101);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const tables = new Map(); // name -> column names
  let serial = 0;
  let statements = 0;
  let lines = 0;
  for (let f = 1; f <= files; f++) {
    const sql = [];
    const count = 20 + Math.floor(next() * 81);
    for (let s = 0; s < count; s++) {
      const roll = next();
      const existing = [...tables.keys()];
      if (roll < 0.12 || existing.length < 3) {
        const name = `${pick(ENTITIES)}_${++serial}`;
        const columns = new Set();
        const width = 5 + Math.floor(next() * 11);
        while (columns.size < width) columns.add(next() < 0.4 ? pick(PERSONAL) : pick(PLAIN));
        tables.set(name, [...columns]);
        sql.push(`CREATE TABLE IF NOT EXISTS ${name} (\n    id bigserial PRIMARY KEY,\n${[...columns].map((c) => `    ${c} ${TYPES[c]}`).join(',\n')}\n);`);
      } else {
        const table = pick(existing);
        const columns = tables.get(table);
        if (roll < 0.32) {
          const column = `${pick([...PERSONAL, ...PLAIN])}_${serial++}`;
          columns.push(column);
          sql.push(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} text;`);
        } else if (roll < 0.44 && columns.length > 2) {
          const from = pick(columns);
          const to = `${from}_${serial++}`;
          columns[columns.indexOf(from)] = to;
          sql.push(`ALTER TABLE ${table}\n    RENAME COLUMN ${from} TO ${to};`);
        } else if (roll < 0.52 && columns.length > 3) {
          const column = pick(columns);
          columns.splice(columns.indexOf(column), 1);
          sql.push(`ALTER TABLE ${table} DROP COLUMN IF EXISTS ${column};`);
        } else if (roll < 0.6) {
          sql.push(`ALTER TABLE ${table} ALTER COLUMN ${pick(columns)} TYPE text;`);
        } else if (roll < 0.72) {
          sql.push(`COMMENT ON COLUMN ${table}.${pick(columns)} IS 'Reviewed. @purpose order-fulfilment';`);
        } else if (roll < 0.8) {
          const shown = columns.slice(0, 3);
          sql.push(`CREATE OR REPLACE VIEW ${table}_view_${serial++} AS\nSELECT id, ${shown.join(', ')}\nFROM ${table};`);
        } else if (roll < 0.84 && existing.length > 10) {
          tables.delete(table);
          sql.push(`DROP TABLE IF EXISTS ${table} CASCADE;`);
        } else if (roll < 0.9) {
          sql.push(`CREATE INDEX IF NOT EXISTS ${table}_${serial++}_idx ON ${table} (id);`);
        } else {
          sql.push(`INSERT INTO ${table} (id) VALUES (${serial++}) ON CONFLICT DO NOTHING;`);
        }
      }
      statements++;
    }
    const text = `-- Generated migration ${f} of ${files}.\n${sql.join('\n\n')}\n`;
    lines += text.split('\n').length;
    writeFileSync(join(out, `${String(f).padStart(4, '0')}_step_${f}.sql`), text);
  }
  const stats = { files, statements, lines };
  writeFileSync(join(dir, '.stats.json'), JSON.stringify(stats));
  writeFileSync(marker, params);
  return stats;
}

const MEASURE = `
const { scanSql } = await import(process.argv[1]);
const { createDetector } = await import(process.argv[2]);
const engine = { detector: createDetector() };
const started = performance.now();
const result = await scanSql(process.argv[3], { engine });
const ms = performance.now() - started;
const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ ms, rssMb, files: result.stats.files, findings: result.findings.length, columns: result.columns.length, skipped: result.skipped.length }));
`;

export default async function (log) {
  const dir = join(root, '.bench', `migrations-${FILES}`);
  const history = generateHistory(dir);
  const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', MEASURE, dist('scan/sql/index.js'), dist('detect/index.js'), dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  const run = JSON.parse(out.trim().split('\n').pop());
  const seconds = run.ms / 1000;
  log(`history ${history.files} files, ${history.statements} statements, ${history.lines} lines`);
  log(`  scanSql: ${Math.round(run.ms)} ms total, ${Math.round(run.files / seconds)} files/s, ${Math.round(history.statements / seconds).toLocaleString('en')} statements/s, peak RSS ${run.rssMb} MB`);
  log(`  final schema: ${run.columns} columns, ${run.findings} findings, ${run.skipped} skipped`);
}
