/** The report data as written (formatVersion 1, schema/report.schema.json); `--compare` reads it back. */
import { showName } from '../../output/display-name.js';
import type { ReportJson } from '../model.js';

/**
 * Names stay raw in the data fields (`field`, `container`, `file`: ids are hashed from them and tools match on
 * them), but the sentences written for people (`text`) show hidden characters escaped, like every reporter.
 */
export function renderJson(report: ReportJson): string {
  return `${JSON.stringify(report, (key, value: unknown) => (key === 'text' && typeof value === 'string' ? showName(value) : value), 2)}\n`;
}
