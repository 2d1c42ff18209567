/**
 * One row per location, for a spreadsheet: RFC 4180 (CRLF, quoted cells with doubled quotes, newlines kept
 * inside quotes), with formula injection neutralised because field names come from untrusted code.
 */
import { showText } from '../../output/display-name.js';
import type { ReportJson } from '../model.js';

export const CSV_HEADER = ['element_id', 'category', 'container', 'field', 'status', 'reason', 'purposes', 'recipients', 'source', 'file', 'line', 'table', 'column', 'evidence'] as const;

/** A cell a spreadsheet would evaluate (starting with =, +, -, @, tab or CR) gets a leading quote. */
export function csvCell(value: string | number | undefined): string {
  // Hidden characters escaped (src/output/display-name.ts); line breaks stay inside the quoted cell.
  let text = value === undefined ? '' : showText(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: ReportJson): string {
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const e of report.elements) {
    const reason = e.status === 'suppressed' ? e.suppressedReason : e.reasons.map((r) => r.text).join('; ');
    for (const l of e.locations) {
      const cells = [e.id, e.category, e.container, e.field, e.status, reason, e.purposes.join('; '), e.recipients.join('; '), l.source, l.file, l.line, l.table, l.column, e.evidence.join('; ')];
      rows.push(cells.map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
