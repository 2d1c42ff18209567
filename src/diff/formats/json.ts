import { withElementSentencesShown } from '../../report/formats/json.js';
import type { DiffReport } from '../model.js';

/**
 * The diff as JSON (src/diff/model.ts), two-space indented, stable. Sentences show hidden characters escaped, as
 * the report's JSON does; names and ids keep them raw.
 */
export function renderDiffJson(report: DiffReport): string {
  const shown: DiffReport = {
    ...report,
    added: report.added.map(withElementSentencesShown),
    removed: report.removed.map(withElementSentencesShown),
    changed: report.changed.map((c) => ({ ...c, element: withElementSentencesShown(c.element) })),
    newlyUndeclared: report.newlyUndeclared.map(withElementSentencesShown),
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
