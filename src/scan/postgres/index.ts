/**
 * A live PostgreSQL database, read safely: one connection, everything in a READ ONLY transaction with
 * statement, lock and idle timeouts, no writes, no count(*), and no sampled value in any output.
 */
import type { Annotations } from '../../detect/types.js';
import type { Engine } from '../../engine.js';
import { DatabaseError } from '../../errors.js';
import type { ScanResult } from '../../finding.js';
import { dottedPattern } from '../../inventory/declarations.js';
import { columnCommentAnnotations, parsedComment } from '../comment-annotations.js';
import { fieldFindings } from '../field-findings.js';
import { readCatalog, type CatalogColumn } from './catalog.js';
import { describeError } from './describe-error.js';
import { openReadOnlySession } from './read-only-session.js';
import { redactUrl } from './redact.js';
import { isSampleable, sampleTable, type ColumnVerdict } from './sample.js';

export { describeError, redactUrl };

export interface NameFilters {
  schemas?: string[];
  tables?: string[];
  columns?: string[];
}

export interface PostgresScanOptions {
  url?: string;
  engine: Engine;
  include?: NameFilters;
  exclude?: NameFilters;
  sample?: { rows: number; minValues?: number; threshold?: number };
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
}

const compiled = new Map<string, RegExp>();

function matches(value: string, patterns: string[] | undefined): boolean {
  if (!patterns?.length) return true;
  return patterns.some((p) => {
    let re = compiled.get(p);
    if (!re) compiled.set(p, (re = dottedPattern(p)));
    return re.test(value);
  });
}

function selected(column: CatalogColumn, include: NameFilters = {}, exclude: NameFilters = {}): boolean {
  const table = `${column.schema}.${column.table}`;
  const full = `${table}.${column.column}`;
  const included = matches(column.schema, include.schemas) && (matches(column.table, include.tables) || matches(table, include.tables)) && (matches(column.column, include.columns) || matches(full, include.columns));
  const excluded =
    (exclude.schemas?.length && matches(column.schema, exclude.schemas)) ||
    (exclude.tables?.length && (matches(column.table, exclude.tables) || matches(table, exclude.tables))) ||
    (exclude.columns?.length && (matches(column.column, exclude.columns) || matches(full, exclude.columns)));
  return included && !excluded;
}

function annotationsFor(column: CatalogColumn): Annotations | undefined {
  return columnCommentAnnotations(parsedComment(column.columnComment), parsedComment(column.tableComment));
}

export async function scanPostgres(options: PostgresScanOptions): Promise<ScanResult> {
  const { client, where, close } = await openReadOnlySession(options.url, 'privmap', options);
  const result: ScanResult = { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [], warnings: [] };
  try {
    let catalog: CatalogColumn[];
    try {
      catalog = (await readCatalog(client)).filter((c) => selected(c, options.include, options.exclude));
    } catch (error) {
      throw new DatabaseError(describeError(error, where));
    }
    const byTable = new Map<string, CatalogColumn[]>();
    for (const column of catalog) {
      const key = `${column.schema}.${column.table}`;
      if (!byTable.has(key)) byTable.set(key, []);
      byTable.get(key)!.push(column);
    }
    const hasSystemRows = options.sample ? (await client.query("SELECT 1 FROM pg_extension WHERE extname = 'tsm_system_rows'")).rowCount! > 0 : false;
    for (const [table, columns] of byTable) {
      const siblings = columns.map((c) => c.column);
      let verdicts = new Map<string, ColumnVerdict>();
      const sampleable = columns.filter(isSampleable);
      if (options.sample && sampleable.length && columns[0]!.kind !== 'view') {
        try {
          await client.query('SAVEPOINT privmap_sample');
          verdicts = await sampleTable(client, sampleable, options.engine.detector, { rows: options.sample.rows, minValues: options.sample.minValues ?? 10, threshold: options.sample.threshold ?? 0.5 }, hasSystemRows);
          await client.query('RELEASE SAVEPOINT privmap_sample');
        } catch (error) {
          await client.query('ROLLBACK TO SAVEPOINT privmap_sample');
          result.warnings!.push(`${table}: not sampled: ${describeError(error, where)}`);
        }
      }
      for (const column of columns) {
        const location = { source: 'postgres' as const, table, column: column.column };
        if (column.kind === 'table' || column.kind === 'partitioned-table') result.columns!.push({ source: 'postgres', schema: column.schema, table: column.table, column: column.column, type: column.type, location });
        if (column.isForeignKey) continue;
        const annotations = annotationsFor(column);
        const type = column.isEnum ? 'enum' : column.domainBase ?? column.type;
        const hints = column.domainBase ? options.engine.detector.classifyField({ name: column.type, type: column.domainBase }).matches.map((m) => m.category) : [];
        let verdict = options.engine.detector.classifyField({ name: column.column, container: [column.schema, column.table], type, siblings, hints, ...(annotations ? { annotations } : {}) });
        const content = verdicts.get(column.column);
        // Content adds a category the name did not show; a reviewed suppression still wins.
        if (content && !verdict.suppressed && !verdict.matches.some((d) => d.category === content.category)) {
          const confidence = content.matched / content.sampled;
          verdict = { ...verdict, matches: [...verdict.matches, { category: content.category, confidence, evidence: { ruleId: `value.${content.category}`, words: [], confidence, notes: [`matched ${content.matched} of ${content.sampled} sampled values`] } }] };
        }
        const tags = [...(column.kind === 'table' ? [] : [column.kind]), ...(/^jsonb?$/.test(type) ? ['json'] : [])];
        result.findings.push(...fieldFindings(verdict, { source: 'postgres', container: table, field: column.column, location, purposes: annotations?.purposes ?? [], storage: { schema: column.schema, table: column.table, column: column.column }, tags }));
      }
    }
    return result;
  } finally {
    await close();
  }
}
