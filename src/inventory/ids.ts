/** Stable ids: what an element is, never where on the line it sits, so baselines survive edits. */
import { createHash } from 'node:crypto';
import type { Category } from '../detect/types.js';
import type { FieldFinding, FlowFinding } from '../finding.js';

function hash(parts: string[]): string {
  // The first 8 bytes as hex, made directly: slicing the 64-character hex string would keep each id a view into
  // it, which every later comparison of ids (sorting 40,000 of them for a report) pays for.
  return createHash('sha256').update(parts.join('\u0000')).digest().toString('hex', 0, 8);
}

/**
 * Fields stored in a table share one key whatever source saw them (Prisma, migration, live database, an
 * ORM entity), so they merge into one element. Table names compare case-insensitively: tools differ in
 * how they quote them.
 */
export function fieldKey(finding: FieldFinding): string {
  if (finding.storage) {
    const { schema = 'public', table, column } = finding.storage;
    return ['field', 'table', `${schema}.${table}.${column}`.toLowerCase(), finding.category].join('|');
  }
  return ['field', finding.source, finding.location.file ?? '', finding.container, finding.field, finding.category].join('|');
}

export function flowKey(flow: FlowFinding, category: Category): string {
  return ['flow', flow.source, flow.location.file ?? '', flow.container, flow.sink, category].join('|');
}

export function elementId(key: string): string {
  return hash([key]);
}
