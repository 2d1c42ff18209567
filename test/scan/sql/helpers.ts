/** Shared by the SQL scanner tests: a detector-only engine and compact views of results. */
import { join } from 'node:path';
import { createDetector } from '../../../src/detect/index.js';
import type { Engine } from '../../../src/engine.js';
import type { FieldFinding, ScanResult } from '../../../src/finding.js';
import { repoRoot } from '../../helpers/cli.js';

export const engine = { detector: createDetector() } as unknown as Engine;
export const fixture = (name: string) => join(repoRoot, 'fixtures', 'scan', 'sql', name);

/** `category table.column @ file:line`, in scan order. */
export function findingLines(result: ScanResult): string[] {
  return (result.findings as FieldFinding[]).map((f) => `${f.category} ${f.container}.${f.field} @ ${f.location.file}:${f.location.line}`);
}

/** Final columns per table: `schema.table: a type, b type`. */
export function schemaLines(result: ScanResult): string[] {
  const tables = new Map<string, string[]>();
  for (const c of result.columns ?? []) {
    const key = `${c.schema}.${c.table}`;
    if (!tables.has(key)) tables.set(key, []);
    tables.get(key)!.push(`${c.column} ${c.type}`);
  }
  return [...tables].map(([table, columns]) => `${table}: ${columns.join(', ')}`);
}

export function byField(result: ScanResult): Map<string, FieldFinding> {
  return new Map((result.findings as FieldFinding[]).map((f) => [`${f.container}.${f.field}`, f]));
}
