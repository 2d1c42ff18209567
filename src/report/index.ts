/** Report formats, looked up by name. */
import type { Inventory } from '../inventory/types.js';
import { renderCsv } from './formats/csv.js';
import { renderHtml } from './formats/html.js';
import { renderJson } from './formats/json.js';
import { renderMarkdown } from './formats/markdown.js';
import { buildReport, type ReportJson } from './model.js';

export type { ReportJson };
export { buildReport };

const FORMATS = {
  csv: renderCsv,
  html: renderHtml,
  json: renderJson,
  markdown: renderMarkdown,
} satisfies Record<string, (report: ReportJson) => string>;

export type ReportFormat = keyof typeof FORMATS;
export const REPORT_FORMATS = Object.keys(FORMATS) as ReportFormat[];

export function renderReport(inventory: Inventory, format: ReportFormat, options: { compare?: ReportJson; generatedAt?: string } = {}): string {
  return FORMATS[format](buildReport(inventory, options));
}
