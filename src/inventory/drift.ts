/**
 * Drift between what the schema files say (migrations, Prisma) and what the live database has.
 * Reported only when both sides were scanned.
 */
import type { SchemaColumn } from '../finding.js';
import type { Drift } from './types.js';

/** Bookkeeping tables of migration tools: never personal data, never drift. */
const TOOL_TABLES = new Set(['_prisma_migrations', '__drizzle_migrations', 'flyway_schema_history', 'schema_migrations', 'knex_migrations', 'knex_migrations_lock', 'typeorm_metadata', 'migrations']);

function key(column: SchemaColumn): string {
  return `${column.schema}.${column.table}.${column.column}`.toLowerCase();
}

export function findDrift(columns: SchemaColumn[]): Drift[] {
  const live = columns.filter((c) => c.source === 'postgres' && !TOOL_TABLES.has(c.table.toLowerCase()));
  const files = columns.filter((c) => c.source !== 'postgres' && !TOOL_TABLES.has(c.table.toLowerCase()));
  if (live.length === 0 || files.length === 0) return [];
  const liveKeys = new Set(live.map(key));
  const fileKeys = new Set(files.map(key));
  const drift: Drift[] = [];
  const seen = new Set<string>();
  for (const column of live) {
    if (!fileKeys.has(key(column)) && !seen.has(`u${key(column)}`)) {
      seen.add(`u${key(column)}`);
      drift.push({ kind: 'undocumented-column', table: `${column.schema}.${column.table}`, column: column.column, location: column.location });
    }
  }
  for (const column of files) {
    if (!liveKeys.has(key(column)) && !seen.has(`m${key(column)}`)) {
      seen.add(`m${key(column)}`);
      drift.push({ kind: 'missing-column', table: `${column.schema}.${column.table}`, column: column.column, location: column.location });
    }
  }
  return drift.sort((a, b) => a.kind.localeCompare(b.kind) || a.table.localeCompare(b.table) || a.column.localeCompare(b.column));
}
