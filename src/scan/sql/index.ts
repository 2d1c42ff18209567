/**
 * SQL migration histories, parsed with the real PostgreSQL parser (libpg-query) and replayed into the final
 * schema. A statement the parser rejects is reported with file:line and skipped; the rest still replays.
 */
import { parse } from 'libpg-query';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotations } from '../../detect/annotations.js';
import type { Annotations, Detector } from '../../detect/types.js';
import type { Engine } from '../../engine.js';
import type { FieldFinding, Location, ScanResult, Skipped } from '../../finding.js';
import { findMigrations } from './find-migrations.js';
import { SchemaModel, type ColumnState, type Place, type TableState } from './schema-model.js';
import { splitStatements } from './split-statements.js';

export { findMigrations, SchemaModel };

export interface SqlScanOptions {
  engine: Engine;
  /** The policy's `sql:` globs. */
  extraGlobs?: string[];
}

interface ParsedStatement {
  stmt: Record<string, unknown>;
  stmt_location?: number;
}

/** libpg-query locations are byte offsets; lines are counted on the UTF-8 bytes. */
function lineLocator(text: string): (byteOffset: number) => number {
  const bytes = Buffer.from(text, 'utf8');
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

async function replayFile(file: string, text: string, model: SchemaModel, skipped: Skipped[]): Promise<number> {
  const lineAt = lineLocator(text);
  try {
    const { stmts } = (await parse(text)) as { stmts: ParsedStatement[] };
    for (const s of stmts) {
      const fallback = s.stmt_location ?? 0;
      model.apply(s.stmt, (offset) => ({ file, line: lineAt(offset ?? fallback) }));
    }
    return stmts.length;
  } catch {
    // One bad statement: replay the others on their own, and report the bad one where it is.
    let count = 0;
    for (const statement of splitStatements(text)) {
      const base = Buffer.byteLength(text.slice(0, statement.start), 'utf8');
      const leading = statement.text.length - statement.text.trimStart().length;
      try {
        const { stmts } = (await parse(statement.text)) as { stmts: ParsedStatement[] };
        for (const s of stmts) model.apply(s.stmt, (offset) => ({ file, line: lineAt(base + (offset ?? s.stmt_location ?? leading)) }));
        count += stmts.length;
      } catch (error) {
        const cursor = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
        const offset = base + (cursor !== undefined ? Buffer.byteLength(statement.text.slice(0, cursor), 'utf8') : leading);
        skipped.push({ file, reason: 'sql-error', line: lineAt(offset), detail: (error as Error).message.split('\n')[0] ?? 'syntax error' });
      }
    }
    return count;
  }
}

function annotationsFor(column: ColumnState, table: TableState): Annotations | undefined {
  const own = column.comment?.includes('@') ? parseAnnotations(column.comment) : undefined;
  const inherited = table.comment?.includes('@') ? parseAnnotations(table.comment) : undefined;
  const purposes = own?.purposes.length ? own.purposes : inherited?.purposes ?? [];
  const suppressed = own?.suppressed ?? inherited?.suppressed;
  const personal = own?.personal ?? [];
  if (!purposes.length && !personal.length && !suppressed) return undefined;
  return { purposes, personal, ...(suppressed ? { suppressed } : {}) };
}

/** A domain named like data (`email_address`) says what its columns hold. */
function domainHints(type: string, model: SchemaModel, detector: Detector): { type: string; hints: string[] } {
  const base = model.domains.get(type);
  if (!base) return { type, hints: [] };
  const hints = detector.classifyField({ name: type, type: base }).matches.filter((m) => !m.evidence.notes.some((n) => n.startsWith('container'))).map((m) => m.category);
  return { type: base, hints };
}

function location(table: TableState, column: ColumnState, where: Place): Location {
  const loc: Location = { source: 'sql', file: where.file, line: where.line, table: `${table.schema}.${table.name}`, column: column.name };
  if (column.renamed) loc.related = [{ file: column.renamed.file, line: column.renamed.line, note: 'renamed here' }];
  return loc;
}

export async function scanSql(root: string, { engine, extraGlobs = [] }: SqlScanOptions): Promise<ScanResult> {
  const files = await findMigrations(root, extraGlobs);
  const model = new SchemaModel();
  const result: ScanResult = { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [] };
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    await replayFile(file, text, model, result.skipped);
    result.stats.files++;
    result.stats.lines += text.split('\n').length;
  }
  const tables = [...model.tables.values()].sort((a, b) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`));
  for (const table of tables) {
    const siblings = [...table.columns.keys()];
    for (const column of table.columns.values()) {
      const where = location(table, column, column.created);
      if (table.kind === 'table') result.columns!.push({ source: 'sql', schema: table.schema, table: table.name, column: column.name, type: column.type, location: where });
      const annotations = annotationsFor(column, table);
      const { type, hints } = domainHints(column.type, model, engine.detector);
      const verdict = engine.detector.classifyField({ name: column.name, container: [table.schema, table.name], type, siblings, hints, ...(annotations ? { annotations } : {}) });
      for (const detection of verdict.suppressed?.matches ?? verdict.matches) {
        const finding: FieldFinding = {
          kind: 'field',
          source: 'sql',
          category: detection.category,
          container: `${table.schema}.${table.name}`,
          field: column.name,
          location: where,
          evidence: detection.evidence,
          purposes: annotations?.purposes ?? [],
          storage: { schema: table.schema, table: table.name, column: column.name },
        };
        if (verdict.suppressed) finding.suppressed = { reason: verdict.suppressed.reason };
        if (verdict.isOrganisation && detection.evidence.notes.includes('organisation')) finding.isOrganisation = true;
        if (table.kind !== 'table') finding.tags = [table.kind];
        result.findings.push(finding);
      }
    }
  }
  return result;
}
