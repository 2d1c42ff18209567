/**
 * `privmap push`: one scan into the store, in one transaction.
 * - Idempotent: the same commit with the same content writes nothing; with new content it replaces that
 *   commit's scan (a rerun after a policy fix), keeping one scan per repository and commit.
 * - Concurrency: pushes of one repository take a transaction-level advisory lock on its name, so they run one
 *   after the other; pushes of different repositories touch different rows and run side by side.
 * - History: each scan records which elements appeared and disappeared since the repository's previous scan.
 */
import type pg from 'pg';
import { isOutsideEea } from '../report/eea.js';
import { inTransaction, type StoreConnection } from './connect.js';
import { requireCurrentStore } from './migrate.js';
import { contentHash, type ScanRecord, type StoredElement } from './record.js';

export interface PushResult {
  repository: string;
  commit: string;
  scanId: number;
  outcome: 'created' | 'replaced' | 'unchanged';
  elements: number;
  appeared: number;
  disappeared: number;
}

// Large inventories go in slices so no single parameter grows past what a server accepts comfortably.
const CHUNK = 2_000;

async function insertElements(client: pg.Client, scanId: number, elements: StoredElement[]): Promise<void> {
  for (let i = 0; i < elements.length; i += CHUNK) {
    const slice = JSON.stringify(elements.slice(i, i + CHUNK));
    await client.query(
      `INSERT INTO privmap.elements (scan_id, element_id, kind, category, container, field, status, purposes, recipients, sources, data, sink_id, sink_kind, sink_host, sink_package)
       SELECT $1, d->>'id', d->>'kind', d->>'category', d->>'container', d->>'field', d->>'status',
              ARRAY(SELECT jsonb_array_elements_text(d->'purposes')), ARRAY(SELECT jsonb_array_elements_text(d->'recipients')),
              ARRAY(SELECT jsonb_array_elements_text(d->'sources')), d - 'findings', d->'sink'->>'id', d->'sink'->>'kind', d->'sink'->>'host', d->'sink'->>'package'
       FROM jsonb_array_elements($2::jsonb) AS d`,
      [scanId, slice],
    );
    await client.query(
      `INSERT INTO privmap.locations (scan_id, element_id, ordinal, source, file, line, table_name, column_name)
       SELECT $1, d->>'id', l.ordinality::integer, l.value->>'source', l.value->>'file', (l.value->>'line')::integer, l.value->>'table', l.value->>'column'
       FROM jsonb_array_elements($2::jsonb) AS d, jsonb_array_elements(d->'locations') WITH ORDINALITY AS l`,
      [scanId, slice],
    );
  }
}

async function insertPolicy(client: pg.Client, scanId: number, record: ScanRecord): Promise<void> {
  const purposes = Object.values(record.policy.purposes).map((p) => ({
    id: p.id,
    title: p.title,
    legalBasis: p.legalBasis ?? null,
    erasureExempt: p.erasureExempt || p.legalBasis === 'legal-obligation',
    categories: p.categories,
    subjects: p.subjects,
    retention: p.retention ?? null,
  }));
  await client.query(
    `INSERT INTO privmap.purposes (scan_id, purpose_id, title, legal_basis, erasure_exempt, categories, subjects, retention)
     SELECT $1, d->>'id', d->>'title', d->>'legalBasis', (d->>'erasureExempt')::boolean,
            ARRAY(SELECT jsonb_array_elements_text(d->'categories')), ARRAY(SELECT jsonb_array_elements_text(d->'subjects')), d->>'retention'
     FROM jsonb_array_elements($2::jsonb) AS d`,
    [scanId, JSON.stringify(purposes)],
  );
  const recipients = Object.values(record.policy.recipients).map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    purposes: r.purposes,
    categories: r.categories,
    country: r.transfer?.country ?? null,
    safeguard: r.transfer?.safeguard ?? null,
    outsideEea: r.transfer ? isOutsideEea(r.transfer.country) : false,
  }));
  await client.query(
    `INSERT INTO privmap.recipients (scan_id, recipient_id, title, kind, purposes, categories, country, safeguard, outside_eea)
     SELECT $1, d->>'id', d->>'title', d->>'kind', ARRAY(SELECT jsonb_array_elements_text(d->'purposes')),
            ARRAY(SELECT jsonb_array_elements_text(d->'categories')), d->>'country', d->>'safeguard', (d->>'outsideEea')::boolean
     FROM jsonb_array_elements($2::jsonb) AS d`,
    [scanId, JSON.stringify(recipients)],
  );
}

/** Drift, skipped files and warnings, each in the order the scan reported them. */
async function insertNotes(client: pg.Client, scanId: number, record: ScanRecord): Promise<void> {
  if (record.drift?.length) {
    await client.query(
      `INSERT INTO privmap.drift (scan_id, ordinal, kind, table_name, column_name, source, file, line)
       SELECT $1, d.ordinality::integer, d.value->>'kind', d.value->>'table', d.value->>'column', d.value->>'source', d.value->>'file', (d.value->>'line')::integer
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS d`,
      [scanId, JSON.stringify(record.drift)],
    );
  }
  if (record.skipped?.length) {
    await client.query(
      `INSERT INTO privmap.skipped_files (scan_id, ordinal, file, reason, line, detail)
       SELECT $1, d.ordinality::integer, d.value->>'file', d.value->>'reason', (d.value->>'line')::integer, d.value->>'detail'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS d`,
      [scanId, JSON.stringify(record.skipped)],
    );
  }
  if (record.warnings?.length) {
    await client.query(
      `INSERT INTO privmap.scan_warnings (scan_id, ordinal, message) SELECT $1, d.ordinality::integer, d.value FROM unnest($2::text[]) WITH ORDINALITY AS d (value, ordinality)`,
      [scanId, record.warnings],
    );
  }
}

/** Events of this scan against the repository's scan just before it (by time, then id). */
async function recordEvents(client: pg.Client, repositoryId: number, scanId: number): Promise<{ appeared: number; disappeared: number }> {
  const { rows } = await client.query(
    `WITH this AS (SELECT scanned_at, id FROM privmap.scans WHERE id = $2),
          previous AS (SELECT s.id FROM privmap.scans s, this WHERE s.repository_id = $1 AND (s.scanned_at, s.id) < (this.scanned_at, this.id) ORDER BY s.scanned_at DESC, s.id DESC LIMIT 1),
          inserted AS (
            INSERT INTO privmap.element_events (repository_id, scan_id, element_id, event, kind, category, container, field)
            SELECT $1, $2, e.element_id, 'appeared', e.kind, e.category, e.container, e.field FROM privmap.elements e
            WHERE e.scan_id = $2 AND NOT EXISTS (SELECT 1 FROM privmap.elements p, previous WHERE p.scan_id = previous.id AND p.element_id = e.element_id)
            UNION ALL
            SELECT $1, $2, p.element_id, 'disappeared', p.kind, p.category, p.container, p.field FROM privmap.elements p, previous
            WHERE p.scan_id = previous.id AND NOT EXISTS (SELECT 1 FROM privmap.elements e WHERE e.scan_id = $2 AND e.element_id = p.element_id)
            RETURNING event)
     SELECT count(*) FILTER (WHERE event = 'appeared')::integer AS appeared, count(*) FILTER (WHERE event = 'disappeared')::integer AS disappeared FROM inserted`,
    [repositoryId, scanId],
  );
  return rows[0];
}

/** Inventories hold unique ids; a hand-made record might not, and the primary key would reject it. */
function uniqueElements(elements: StoredElement[]): StoredElement[] {
  const seen = new Set<string>();
  return elements.filter((e) => !seen.has(e.id) && (seen.add(e.id), true));
}

export async function pushScan(store: StoreConnection, record: ScanRecord): Promise<PushResult> {
  await requireCurrentStore(store);
  const hash = contentHash(record);
  const elements = uniqueElements(record.elements);
  return inTransaction(store, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1)::bigint)', [`privmap.push:${record.repository}`]);
    const repo = await client.query('INSERT INTO privmap.repositories (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id', [record.repository]);
    const repositoryId = Number(repo.rows[0].id);
    const existing = await client.query('SELECT id, content_hash FROM privmap.scans WHERE repository_id = $1 AND commit_sha = $2', [repositoryId, record.commit]);
    const base = { repository: record.repository, commit: record.commit, elements: elements.length };
    if (existing.rows[0]?.content_hash === hash) return { ...base, scanId: Number(existing.rows[0].id), outcome: 'unchanged', appeared: 0, disappeared: 0 };

    const values = [record.branch ?? null, record.scannedAt, record.toolVersion, hash, JSON.stringify(record.policy), JSON.stringify(record.summary)];
    let scanId: number;
    if (existing.rows[0]) {
      scanId = Number(existing.rows[0].id);
      // The old content goes; cascades remove locations. Events are recomputed below.
      await client.query('DELETE FROM privmap.elements WHERE scan_id = $1', [scanId]);
      await client.query('DELETE FROM privmap.purposes WHERE scan_id = $1', [scanId]);
      await client.query('DELETE FROM privmap.recipients WHERE scan_id = $1', [scanId]);
      await client.query('DELETE FROM privmap.element_events WHERE scan_id = $1', [scanId]);
      for (const table of ['drift', 'skipped_files', 'scan_warnings']) await client.query(`DELETE FROM privmap.${table} WHERE scan_id = $1`, [scanId]);
      await client.query('UPDATE privmap.scans SET branch = $2, scanned_at = $3, tool_version = $4, content_hash = $5, policy = $6, summary = $7, pushed_at = now() WHERE id = $1', [scanId, ...values]);
    } else {
      const inserted = await client.query(
        'INSERT INTO privmap.scans (repository_id, commit_sha, branch, scanned_at, tool_version, content_hash, policy, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
        [repositoryId, record.commit, ...values],
      );
      scanId = Number(inserted.rows[0].id);
    }
    await insertElements(client, scanId, elements);
    await insertPolicy(client, scanId, record);
    await insertNotes(client, scanId, record);
    const events = await recordEvents(client, repositoryId, scanId);
    await client.query(
      'UPDATE privmap.repositories SET current_scan_id = (SELECT id FROM privmap.scans WHERE repository_id = $1 ORDER BY scanned_at DESC, id DESC LIMIT 1) WHERE id = $1',
      [repositoryId],
    );
    return { ...base, scanId, outcome: existing.rows[0] ? 'replaced' : 'created', ...events };
  });
}
