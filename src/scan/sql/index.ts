/**
 * SQL migration histories, parsed with the real PostgreSQL parser (libpg-query) and replayed into the schema
 * they leave behind. A statement the parser rejects is reported with file:line and skipped; the rest still
 * replays. Each history (see find-migrations.ts) is replayed into its own schema.
 */
import { loadModule } from 'libpg-query';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../../engine.js';
import type { ScanResult } from '../../finding.js';
import { modelFindings } from './column-findings.js';
import { findMigrationHistories, findMigrations, type MigrationHistory } from './find-migrations.js';
import { replayFile } from './replay-file.js';
import { SchemaModel } from './schema-model.js';

export { findMigrationHistories, findMigrations, replayFile, SchemaModel };
export type { MigrationHistory };

export interface SqlScanOptions {
  engine: Engine;
  /** The policy's `sql:` globs. */
  extraGlobs?: string[];
  /** The `.sql` files under the root when already listed (the pipeline lists them with the Prisma schemas). */
  listed?: string[];
}

/** Replays one history; exported for tests and tools that want the final schema itself. */
export async function replayHistory(root: string, history: MigrationHistory, model = new SchemaModel()): Promise<{ model: SchemaModel; result: ScanResult }> {
  await loadModule();
  const result: ScanResult = { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [] };
  for (const file of history.files) {
    const outcome = replayFile(file, await readFile(join(root, file), 'utf8'), model);
    result.skipped.push(...outcome.skipped);
    result.stats.files++;
    result.stats.lines += outcome.lines;
  }
  return { model, result };
}

export async function scanSql(root: string, { engine, extraGlobs = [], listed }: SqlScanOptions): Promise<ScanResult> {
  const result: ScanResult = { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [] };
  for (const history of await findMigrationHistories(root, extraGlobs, listed)) {
    const { model, result: replayed } = await replayHistory(root, history);
    const { findings, columns } = modelFindings(model, engine.detector);
    result.findings.push(...findings);
    result.columns!.push(...columns);
    result.skipped.push(...replayed.skipped);
    result.stats.files += replayed.stats.files;
    result.stats.lines += replayed.stats.lines;
  }
  return result;
}
