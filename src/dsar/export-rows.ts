/**
 * `privmap dsar --run`: the export queries run with the value as a parameter, one person's rows written as JSON
 * lines (`{"table": ..., "row": {...}}`) or CSV (`table,row,column,value`, one line per cell).
 */
import { csvCell } from '../report/formats/csv.js';
import type { DsarPlan } from './plan.js';
import { withReadOnly, type ReadOnlyOptions } from './read-only.js';
import { subjectMatch } from './scripts.js';
import { exportQuery } from './sql.js';

export type DsarFormat = 'jsonl' | 'csv';

export interface ExportResult {
  /** Rows per table, in the plan's order. */
  counts: { table: string; rows: number }[];
}

const cellText = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export async function exportRows(plan: DsarPlan, url: string | undefined, value: string, format: DsarFormat, write: (text: string) => void, options: ReadOnlyOptions = {}): Promise<ExportResult> {
  const match = subjectMatch(plan, '$1');
  const counts: ExportResult['counts'] = [];
  if (format === 'csv') write(`table,row,column,value\r\n`);
  await withReadOnly(
    url,
    async (client) => {
      for (const t of plan.tables) {
        const { rows } = await client.query(exportQuery(t.node, match), [value]);
        rows.forEach((r: { row: string }, index: number) => {
          const row = JSON.parse(r.row) as Record<string, unknown>;
          if (format === 'jsonl') write(`${JSON.stringify({ table: t.node.table.name, row })}\n`);
          else for (const [column, cell] of Object.entries(row)) write(`${[t.node.table.name, index + 1, column, cellText(cell)].map(csvCell).join(',')}\r\n`);
        });
        counts.push({ table: t.node.table.name, rows: rows.length });
      }
    },
    options,
    { column: `${plan.subject.table.name}.${match.column}`, type: match.type },
  );
  return { counts };
}
