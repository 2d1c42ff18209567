/**
 * One row per location, for a spreadsheet: RFC 4180 (CRLF, quoted cells with doubled quotes, newlines kept
 * inside quotes), with formula injection neutralised because field names come from untrusted code.
 */
import { hiddenOr, showText } from '../../output/display-name.js';
import type { ReportJson } from '../model.js';

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
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const e of report.elements) {
    const reason = e.status === 'suppressed' ? e.suppressedReason : e.reasons.map((r) => r.text).join('; ');
    // The element's cells are the same on each of its location rows: escaped once.
    const before = [e.id, e.category, e.container, e.field, e.status, reason, e.purposes.join('; '), e.recipients.join('; ')].map(csvCell).join(',');
    const evidence = csvCell(e.evidence.join('; '));
    for (const l of e.locations) rows.push(`${before},${[l.source, l.file, l.line, l.table, l.column].map(csvCell).join(',')},${evidence}`);
  }
  return `${rows.join('\r\n')}\r\n`;
}
