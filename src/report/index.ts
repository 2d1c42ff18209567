/** Report formats, looked up by name (one reporter per file in ./formats), sorted. */
import type { Inventory } from '../inventory/types.js';
import { type TextSink, textOf } from '../output/text-sink.js';
import { buildReport } from './build.js';
import { readPreviousReport } from './compare.js';
import { renderCsv } from './formats/csv.js';
import { renderHtml } from './formats/html.js';
import { renderJson, writeJson } from './formats/json.js';
import { renderMarkdown, writeMarkdown } from './formats/markdown.js';
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

/**
 * Each format written to a sink as it is made (src/output/text-sink.ts): JSON and Markdown a piece at a time,
 * so the CLI writes a report of tens of megabytes to its file without making it one string first (issue 14);
 * CSV and HTML as their one string.
 */
export const reportWriters = {
  csv: (report, sink) => sink.write(renderCsv(report)),
  html: (report, sink) => sink.write(renderHtml(report)),
  json: writeJson,
  markdown: writeMarkdown,
} satisfies Record<ReportFormat, (report: ReportJson, sink: TextSink) => void>;

/** Writes the inventory in one format to the sink. A `compare` report is checked first (a UsageError says what is wrong). */
export function writeReport(inventory: Inventory, format: ReportFormat, sink: TextSink, options: ReportOptions = {}): void {
  const compare = options.compare ? readPreviousReport(options.compare) : undefined;
  reportWriters[format](buildReport(inventory, { ...options, ...(compare ? { compare } : {}) }), sink);
}

/** Renders the inventory in one format, as one string. */
export function renderReport(inventory: Inventory, format: ReportFormat, options: ReportOptions = {}): string {
  return textOf((sink) => writeReport(inventory, format, sink, options));
}
