/**
 * The live database's shape for a data-subject request: tables, their columns (type, nullability), primary
 * keys and foreign keys. Read from pg_catalog in the caller's read-only transaction; no row is read here.
 */
import type pg from 'pg';

export interface GraphColumn {
  name: string;
  type: string;
  isNullable: boolean;
}

export interface GraphTable {
  /** `public.orders`. */
  name: string;
  schema: string;
  table: string;
  columns: GraphColumn[];
  primaryKey: string[];
}

export interface ForeignKey {
  name: string;
  /** The referencing table and its columns. */
  from: string;
  fromColumns: string[];
  /** The referenced table and its columns. */
  to: string;
  toColumns: string[];
}

export interface SchemaGraph {
  tables: Map<string, GraphTable>;
  foreignKeys: ForeignKey[];
}

const SYSTEM = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'`;

export async function readSchemaGraph(client: pg.Client): Promise<SchemaGraph> {
  const columns = await client.query(`
    SELECT n.nspname AS schema, c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable,
           array_position(pk.conkey, a.attnum) IS NOT NULL AS is_pk, array_position(pk.conkey, a.attnum) AS pk_position
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${SYSTEM}
    ORDER BY n.nspname, c.relname, a.attnum`);
  const tables = new Map<string, GraphTable>();
  const keyParts = new Map<string, [number, string][]>();
  for (const r of columns.rows) {
    const name = `${r.schema}.${r.table}`;
    let table = tables.get(name);
    if (!table) tables.set(name, (table = { name, schema: r.schema, table: r.table, columns: [], primaryKey: [] }));
    table.columns.push({ name: r.column, type: r.type, isNullable: r.nullable });
    if (r.is_pk) keyParts.set(name, [...(keyParts.get(name) ?? []), [Number(r.pk_position), r.column]]);
  }
  for (const [name, parts] of keyParts) tables.get(name)!.primaryKey = parts.sort((a, b) => a[0] - b[0]).map(([, column]) => column);

  const keys = await client.query(`
    SELECT k.conname AS name, fn.nspname || '.' || fc.relname AS from_table, tn.nspname || '.' || tc.relname AS to_table,
           ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.i)::text[] AS from_columns,
           ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.i)::text[] AS to_columns
    FROM pg_constraint k
    JOIN pg_class fc ON fc.oid = k.conrelid JOIN pg_namespace fn ON fn.oid = fc.relnamespace
    JOIN pg_class tc ON tc.oid = k.confrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace
    WHERE k.contype = 'f'
    ORDER BY 2, 1`);
  const foreignKeys: ForeignKey[] = keys.rows
    .filter((r) => tables.has(r.from_table) && tables.has(r.to_table))
    .map((r) => ({ name: r.name, from: r.from_table, fromColumns: r.from_columns, to: r.to_table, toColumns: r.to_columns }));
  return { tables, foreignKeys };
}
