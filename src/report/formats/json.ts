import type { ReportJson } from '../model.js';

export function renderJson(report: ReportJson): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
