/**
 * The organisation's record: every repository's newest scan in the store, read back as one inventory and
 * rendered through the ordinary report model and formats, plus a per-system breakdown and the columns that
 * several systems hold (the same element seen in several systems, joined by table and column).
 */
import pg from 'pg';
import { UsageError } from '../errors.js';
import { elementId } from '../inventory/ids.js';
import type { Skipped } from '../finding.js';
import type { Drift, Inventory, InventoryElement } from '../inventory/types.js';
import type { Policy } from '../policy/types.js';
import { buildReport, counts } from '../report/build.js';
import type { ReportJson, ReportOptions, ReportOrganisation, ReportSharedColumn } from '../report/model.js';
import { VERSION } from '../version.js';
import { inTransaction, type StoreConnection } from './connect.js';
import { requireCurrentStore } from './migrate.js';
import type { StoredElement, StoredPolicy } from './record.js';

interface CurrentScan {
  id: string;
  repository: string;
  commit: string;
  branch?: string;
  scannedAt: string;
  policy: StoredPolicy;
  files: number;
  lines: number;
  elements: StoredElement[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Runs a query and hands each row (as an array) to `onRow` as it arrives; pg keeps none of them. */
function eachRow(client: pg.Client, text: string, values: unknown[], onRow: (row: unknown[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const config: pg.QueryArrayConfig = { text, values, rowMode: 'array' };
    const query = new pg.Query(config);
    query.on('row', onRow);
    query.on('end', () => resolve());
    query.on('error', reject);
    client.query(query);
  });
}

async function readCurrentScans(client: pg.Client, repositories: string[] | undefined): Promise<CurrentScan[]> {
  const filter = repositories?.length ? 'WHERE r.name = ANY ($1::text[])' : '';
  const params = repositories?.length ? [repositories] : [];
  const scans = await client.query(
    `SELECT s.id, r.name, s.commit_sha, s.branch, s.scanned_at, s.policy, s.summary
     FROM privmap.repositories r JOIN privmap.scans s ON s.id = r.current_scan_id ${filter} ORDER BY r.name`,
    params,
  );
  if (repositories?.length) {
    const found = new Set(scans.rows.map((r) => r.name as string));
    const missing = repositories.filter((r) => !found.has(r));
    if (missing.length) throw new UsageError(`--repo: no scan in the store for ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
  // One set-based read of every current element, joined on `current_scan_id` (a hash join, not a 500-item ANY
  // filtered row by row) and streamed: each row's JSON is parsed as it arrives and never kept as text, so 100,000
  // documents are never held twice. No ORDER BY: the server would sort (and spill) 100,000 JSON documents; the
  // inventory is sorted below.
  const byScan = new Map<string, StoredElement[]>();
  await eachRow(
    client,
    `SELECT e.scan_id, e.data FROM privmap.repositories r JOIN privmap.elements e ON e.scan_id = r.current_scan_id ${filter}`,
    params,
    (row) => {
      const key = row[0] as string;
      let list = byScan.get(key);
      if (!list) byScan.set(key, (list = []));
      list.push(row[1] as StoredElement);
    },
  );
  return scans.rows.map((r) => ({
    id: String(r.id),
    repository: r.name,
    commit: r.commit_sha,
    ...(r.branch ? { branch: r.branch } : {}),
    scannedAt: new Date(r.scanned_at).toISOString(),
    policy: r.policy,
    files: Number(r.summary.files ?? 0),
    lines: Number(r.summary.lines ?? 0),
    elements: byScan.get(String(r.id)) ?? [],
  }));
}

interface ScanNotes {
  drift: Drift[];
  skipped: Skipped[];
  warnings: string[];
}

/**
 * Drift, skipped files and warnings of the current scans, each named by its system as the elements' places are:
 * `acme/shop/src/a.ts` for a file, `acme/shop/public.customers` for a table, `acme/shop: ...` for a warning.
 */
async function readNotes(client: pg.Client, scans: CurrentScan[]): Promise<ScanNotes> {
  const system = new Map(scans.map((s) => [s.id, s.repository]));
  const ids = [...system.keys()];
  const notes: ScanNotes = { drift: [], skipped: [], warnings: [] };
  const drift = await client.query('SELECT scan_id, kind, table_name, column_name, source, file, line FROM privmap.drift WHERE scan_id = ANY ($1::bigint[])', [ids]);
  for (const d of drift.rows) {
    const name = system.get(String(d.scan_id))!;
    const table = `${name}/${d.table_name}`;
    const location = { source: d.source ?? 'postgres', ...(d.file ? { file: `${name}/${d.file}` } : {}), ...(d.line ? { line: d.line } : {}), table, column: d.column_name };
    notes.drift.push({ kind: d.kind, table, column: d.column_name, location } as Drift);
  }
  const skipped = await client.query('SELECT scan_id, file, reason, line, detail FROM privmap.skipped_files WHERE scan_id = ANY ($1::bigint[])', [ids]);
  for (const k of skipped.rows) {
    notes.skipped.push({ file: `${system.get(String(k.scan_id))}/${k.file}`, reason: k.reason, ...(k.line ? { line: k.line } : {}), ...(k.detail ? { detail: k.detail } : {}) });
  }
  const warnings = await client.query('SELECT scan_id, message FROM privmap.scan_warnings WHERE scan_id = ANY ($1::bigint[])', [ids]);
  for (const w of warnings.rows) notes.warnings.push(`${system.get(String(w.scan_id))}: ${w.message}`);
  return notes;
}

/** One policy for the organisation: every repository's entries, the newest scan's wording winning a clash. */
function mergedPolicy(scans: CurrentScan[]): Policy {
  const newestLast = [...scans].sort((a, b) => byText(a.scannedAt, b.scannedAt) || byText(a.repository, b.repository));
  const merge = <K extends keyof StoredPolicy>(key: K) => Object.assign({}, ...newestLast.map((s) => s.policy[key])) as StoredPolicy[K];
  const newest = newestLast[newestLast.length - 1];
  return {
    file: '',
    root: '',
    version: 1,
    controller: newest?.policy.controller ?? { name: 'No repository pushed yet', contact: [] },
    categories: merge('categories'),
    subjects: merge('subjects'),
    purposes: merge('purposes'),
    recipients: merge('recipients'),
    processing: [],
    detection: { rules: [], sinks: [] },
    ignore: [],
    sql: [],
  };
}

/** `public.customers` for `customers`: systems name the same table with and without its schema. */
const qualified = (table: string) => (table.includes('.') ? table : `public.${table}`).toLowerCase();

/**
 * The element as the organisation sees it: an id unique across systems (16 hex digits, as every report id), and its
 * places prefixed by the system. Rewritten in place: the object was parsed for this report alone, and copying
 * 100,000 elements only fed the garbage collector.
 */
function intoSystem(system: string, e: StoredElement): InventoryElement {
  const element = e as InventoryElement;
  element.id = elementId(`${system}\u0000${e.id}`);
  for (const l of element.locations) l.file = l.file ? `${system}/${l.file}` : system;
  element.findings = [];
  return element;
}

function sharedColumns(scans: CurrentScan[]): ReportSharedColumn[] {
  const columns = new Map<string, { table: string; column: string; categories: Set<string>; systems: Map<string, { elements: Set<string>; statuses: Set<string> }> }>();
  for (const scan of scans) {
    for (const e of scan.elements) {
      if (e.kind !== 'field') continue;
      for (const l of e.locations) {
        if (!l.table || !l.column) continue;
        const table = qualified(l.table);
        const column = l.column.toLowerCase();
        const key = `${table}.${column}`;
        let entry = columns.get(key);
        if (!entry) columns.set(key, (entry = { table, column, categories: new Set(), systems: new Map() }));
        entry.categories.add(e.category);
        let system = entry.systems.get(scan.repository);
        if (!system) entry.systems.set(scan.repository, (system = { elements: new Set(), statuses: new Set() }));
        system.elements.add(e.id);
        system.statuses.add(e.status);
      }
    }
  }
  return [...columns.values()]
    .filter((c) => c.systems.size > 1)
    .map((c) => ({
      table: c.table,
      column: c.column,
      categories: [...c.categories].sort(byText),
      systems: [...c.systems.entries()].sort(([a], [b]) => byText(a, b)).map(([system, s]) => ({ system, elements: [...s.elements].sort(byText), statuses: [...s.statuses].sort(byText) as never })),
    }))
    .sort((a, b) => byText(`${a.table}.${a.column}`, `${b.table}.${b.column}`));
}

export interface OrganisationReportOptions extends ReportOptions {
  /** Only these repositories (exact names). */
  repositories?: string[];
}

export async function organisationReport(store: StoreConnection, options: OrganisationReportOptions = {}): Promise<ReportJson> {
  await requireCurrentStore(store);
  const { scans, notes } = await inTransaction(
    store,
    async (client) => {
      const scans = await readCurrentScans(client, options.repositories);
      return { scans, notes: await readNotes(client, scans) };
    },
    'ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
  const elements: InventoryElement[] = [];
  for (const scan of scans) {
    for (const e of scan.elements) {
      elements.push(intoSystem(scan.repository, e));
    }
  }
  elements.sort((a, b) => byText(a.locations[0]?.file ?? '', b.locations[0]?.file ?? '') || byText(a.id, b.id));
  const inventory: Inventory = {
    formatVersion: 1,
    tool: { name: 'privmap', version: VERSION },
    policy: mergedPolicy(scans),
    elements,
    lint: [],
    skipped: notes.skipped,
    drift: notes.drift,
    warnings: notes.warnings,
    stats: { files: scans.reduce((n, s) => n + s.files, 0), lines: scans.reduce((n, s) => n + s.lines, 0) },
  };
  const { repositories: _repositories, ...reportOptions } = options;
  const report = buildReport(inventory, reportOptions);
  const organisation: ReportOrganisation = {
    systems: scans.map((s) => ({ id: s.repository, commit: s.commit, ...(s.branch ? { branch: s.branch } : {}), scannedAt: s.scannedAt, elements: counts(s.elements) })),
    sharedColumns: sharedColumns(scans),
  };
  return { ...report, organisation };
}
