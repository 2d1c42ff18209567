/**
 * One row per location, for a spreadsheet: RFC 4180 (CRLF, quoted cells with doubled quotes, newlines kept
 * inside quotes), with formula injection neutralised because field names come from untrusted code.
 */
import { hiddenOr, showText } from '../../output/display-name.js';
import { forEachRow } from '../element-rows.js';
import type { ReportJson } from '../model.js';
import { once, perList } from '../once.js';

export const CSV_HEADER = ['element_id', 'category', 'container', 'field', 'status', 'reason', 'purposes', 'recipients', 'source', 'file', 'line', 'table', 'column', 'evidence'] as const;

/** A cell that needs any work: a hidden character, or one that quoting is for. */
const NEEDS_WORK = hiddenOr('",\\r\\n');
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would evaluate (starting with =, +, -, @, tab or CR) gets a leading quote. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  // Most cells are plain: one test, and they are written as they are (issue 14: linear outputs).
  if (!NEEDS_WORK.test(text)) return FORMULA_START.test(text) ? `'${text}` : text;
  // Hidden characters escaped (src/output/display-name.ts); line breaks stay inside the quoted cell.
  text = showText(text);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: ReportJson): string {
  // What rows repeat is escaped once per render (issue 14: linear outputs): a status, a category, a source,
  // and the lists the model shares between elements (src/report/shared-values.ts).
  const cell = once(csvCell);
  const listCell = perList<string>((list) => csvCell(list.join('; ')));
  const reasonsCell = perList<{ text: string }>((reasons) => csvCell(reasons.map((r) => r.text).join('; ')));
  const rows: string[] = [CSV_HEADER.join(',')];
  // Rows straight from the inventory where the report's full elements are not made (../element-rows.ts).
  forEachRow(report, (e) => {
    const reason = e.status === 'suppressed' ? csvCell(e.suppressedReason) : reasonsCell(e.reasons);
    // The element's cells are the same on each of its location rows: escaped once. Rows are joined from
    // arrays, not added up: `a + b` makes a rope of one object per part, which lives until the document is
    // joined, and the garbage collector copies each (a join makes one flat string; the array dies young).
    const before = [csvCell(e.id), cell(e.category), csvCell(e.container), csvCell(e.field), cell(e.status), reason, listCell(e.purposes), listCell(e.recipients)].join(',');
    const evidence = listCell(e.evidence);
    for (const l of e.locations) rows.push([before, cell(l.source), csvCell(l.file), csvCell(l.line), csvCell(l.table), csvCell(l.column), evidence].join(','));
  });
  return `${rows.join('\r\n')}\r\n`;
}
