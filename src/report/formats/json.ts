/** The report data as written (formatVersion 1, schema/report.schema.json); `--compare` reads it back. */
import type { ReportJson } from '../model.js';

export function renderJson(report: ReportJson): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
