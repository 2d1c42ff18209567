/**
 * Content sampling: a few rows per table, classified value by value. Values never leave this module; only
 * counts do.
 */
import type { Client } from 'pg';
import type { Detector } from '../../detect/types.js';
import type { CatalogColumn } from './catalog.js';

export interface SampleOptions {
  rows: number;
  minValues: number;
  threshold: number;
}

export interface ColumnVerdict {
  category: string;
  matched: number;
  sampled: number;
}

const TEXT_TYPES = /^(text|character varying|varchar|character|char|citext|name|json|jsonb)\b/;

export function isSampleable(column: CatalogColumn): boolean {
  return !column.isEnum && TEXT_TYPES.test(column.domainBase ?? column.type);
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** TABLESAMPLE SYSTEM_ROWS when tsm_system_rows is installed, else SYSTEM with a percentage, else a plain LIMIT. */
export function sampleSql(schema: string, table: string, columns: string[], rows: number, estimatedRows: number, hasSystemRows: boolean): string {
  const from = `${quote(schema)}.${quote(table)}`;
  const select = columns.map((c) => `${quote(c)}::text`).join(', ');
  if (estimatedRows > rows * 10) {
    if (hasSystemRows) return `SELECT ${select} FROM ${from} TABLESAMPLE SYSTEM_ROWS(${rows})`;
    const percent = Math.min(100, Math.max(0.01, ((rows * 4) / estimatedRows) * 100));
    return `SELECT ${select} FROM ${from} TABLESAMPLE SYSTEM (${percent.toFixed(4)}) LIMIT ${rows}`;
  }
  return `SELECT ${select} FROM ${from} LIMIT ${rows}`;
}

/** Categories one sampled value shows. JSON: top-level keys (as field names) and string values. */
function categoriesOf(raw: string, isJson: boolean, detector: Detector, container: string[]): Set<string> {
  const found = new Set<string>();
  const value = (v: string) => {
    const category = detector.classifyValue(v)?.category;
    if (category) found.add(category);
  };
  if (!isJson) {
    value(raw);
    return found;
  }
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [key, v] of Object.entries(parsed)) {
        for (const m of detector.classifyField({ name: key, container }).matches) found.add(m.category);
        if (typeof v === 'string') value(v);
      }
    } else if (typeof parsed === 'string') value(parsed);
  } catch {
    // Not JSON after all: nothing to classify.
  }
  return found;
}

export async function sampleTable(client: Client, columns: CatalogColumn[], detector: Detector, options: SampleOptions, hasSystemRows: boolean): Promise<Map<string, ColumnVerdict>> {
  const first = columns[0]!;
  const sql = sampleSql(first.schema, first.table, columns.map((c) => c.column), options.rows, first.estimatedRows, hasSystemRows);
  const { rows } = await client.query({ text: sql, rowMode: 'array' });
  const verdicts = new Map<string, ColumnVerdict>();
  columns.forEach((column, index) => {
    const isJson = /^jsonb?$/.test(column.domainBase ?? column.type);
    const counts = new Map<string, number>();
    let sampled = 0;
    for (const row of rows as (string | null)[][]) {
      const raw = row[index];
      if (raw === null || raw === undefined || raw === '') continue;
      sampled++;
      const categories = categoriesOf(raw, isJson, detector, [column.schema, column.table, column.column]);
      for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best && sampled >= options.minValues && best[1] / sampled >= options.threshold) verdicts.set(column.column, { category: best[0], matched: best[1], sampled });
  });
  return verdicts;
}
