/** One row per location, RFC 4180, with spreadsheet formula injection neutralised. */
import type { ReportJson } from '../model.js';

const HEADER = ['element_id', 'category', 'container', 'field', 'status', 'reason', 'purposes', 'recipients', 'organisation', 'source', 'file', 'line', 'table', 'column', 'evidence'];

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with a quote. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: ReportJson): string {
  const rows = [HEADER.join(',')];
  for (const e of report.elements) {
    for (const l of e.locations) {
      rows.push(
        [e.id, e.category, e.container, e.field, e.status, e.suppressedReason ?? e.reasons.map((r) => r.text).join('; '), e.purposes.join(' '), e.recipients.join(' '), e.organisation ? 'yes' : '', l.source, l.file, l.line, l.table, l.column, e.evidence.join('; ')]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
