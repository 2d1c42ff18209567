/** Reads pg_catalog: tables, views, materialized views, columns with their types, comments and domains. */
import type { Client } from 'pg';

export interface CatalogColumn {
  schema: string;
  table: string;
  kind: 'table' | 'view' | 'materialized-view' | 'foreign-table' | 'partitioned-table';
  column: string;
  type: string;
  /** The base type when the column's type is a domain. */
  domainBase?: string;
  isEnum: boolean;
  columnComment?: string;
  tableComment?: string;
  /** The column references another table's key: an id, not personal data itself. */
  isForeignKey: boolean;
  estimatedRows: number;
}

const KINDS: Record<string, CatalogColumn['kind']> = { r: 'table', v: 'view', m: 'materialized-view', f: 'foreign-table', p: 'partitioned-table' };

// One query over pg_catalog: information_schema is slow on large schemas and hides matviews.
export const CATALOG_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.relkind AS kind, a.attname AS column,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS domain_base,
       (t.typtype = 'e') AS is_enum,
       col_description(c.oid, a.attnum) AS column_comment,
       obj_description(c.oid, 'pg_class') AS table_comment,
       EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)) AS is_fk,
       c.reltuples::bigint AS estimated_rows
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname, a.attnum`;

export async function readCatalog(client: Client): Promise<CatalogColumn[]> {
  const { rows } = await client.query(CATALOG_SQL);
  return rows.map((r) => ({
    schema: r.schema,
    table: r.table,
    kind: KINDS[r.kind] ?? 'table',
    column: r.column,
    type: r.type,
    ...(r.domain_base ? { domainBase: r.domain_base } : {}),
    isEnum: r.is_enum === true,
    ...(r.column_comment ? { columnComment: r.column_comment } : {}),
    ...(r.table_comment ? { tableComment: r.table_comment } : {}),
    isForeignKey: r.is_fk === true,
    estimatedRows: Number(r.estimated_rows),
  }));
}
