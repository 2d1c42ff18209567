/** The report data as written (formatVersion 1, schema/report.schema.json); `--compare` reads it back. */
import { hasHiddenCharacters, showName } from '../../output/display-name.js';
import type { ReportJson } from '../model.js';

/**
 * Names stay raw in the data fields (`field`, `container`, `file`: ids are hashed from them and tools match on
 * them), but the sentences written for people (`text`) show hidden characters escaped, like every reporter.
 */
export function renderJson(report: ReportJson): string {
  // No replacer: a replacer function takes JSON.stringify off its fast path, twice the time at 40,000 elements
  // (issue 14: linear outputs). The sentences are escaped in a copy, made only when one needs it.
  return `${JSON.stringify(withSentencesShown(report), null, 2)}\n`;
}

type Sentence = { text: string };
const needsShowing = (items: readonly Sentence[]) => items.some((item) => hasHiddenCharacters(item.text));
const shown = <T extends Sentence>(item: T): T => ({ ...item, text: showName(item.text) });

/** The model's sentences are the `text` of each reason and location (model.ts); copied where one has a hidden character. */
function withSentencesShown(report: ReportJson): ReportJson {
  if (!report.elements.some((e) => needsShowing(e.reasons) || needsShowing(e.locations))) return report;
  return {
    ...report,
    elements: report.elements.map((e) => (needsShowing(e.reasons) || needsShowing(e.locations) ? { ...e, reasons: e.reasons.map(shown), locations: e.locations.map(shown) } : e)),
  };
}
