import type { DiffReport } from '../model.js';

/** The diff as JSON (src/diff/model.ts), two-space indented, stable. */
export function renderDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
