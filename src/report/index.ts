/** Report formats, looked up by name (one reporter per file in ./formats), sorted. */
import type { Inventory } from '../inventory/types.js';
import { buildReport } from './build.js';
import { readPreviousReport } from './compare.js';
import { renderCsv } from './formats/csv.js';
import { renderHtml } from './formats/html.js';
import { renderJson } from './formats/json.js';
import { renderMarkdown } from './formats/markdown.js';
import type { ReportJson, ReportOptions } from './model.js';

export type * from './model.js';
export { buildReport, readPreviousReport };

export const reporters = {
  csv: renderCsv,
  html: renderHtml,
  json: renderJson,
  markdown: renderMarkdown,
} satisfies Record<string, (report: ReportJson) => string>;

export type ReportFormat = keyof typeof reporters;
export const REPORT_FORMATS = Object.keys(reporters) as ReportFormat[];

/** Renders the inventory in one format. A `compare` report is checked first (a UsageError says what is wrong). */
export function renderReport(inventory: Inventory, format: ReportFormat, options: ReportOptions = {}): string {
  const compare = options.compare ? readPreviousReport(options.compare) : undefined;
  return reporters[format](buildReport(inventory, { ...options, ...(compare ? { compare } : {}) }));
}
