/** The report data as written (formatVersion 1, schema/report.schema.json); `--compare` reads it back. */
import { hasHiddenCharacters, showName } from '../../output/display-name.js';
import type { InventoryElement } from '../../inventory/types.js';
import { unmadeElements } from '../element-rows.js';
import type { ReportJson, ReportReason } from '../model.js';
import type { SharedValues } from '../shared-values.js';
import { pushElementsJson } from '../json/elements.js';

/**
 * Names stay raw in the data fields (`field`, `container`, `file`: ids are hashed from them and tools match on
 * them), but the sentences written for people (`text`) show hidden characters escaped, like every reporter.
 */
export function renderJson(report: ReportJson): string {
  const unmade = unmadeElements(report);
  if (unmade?.inventory.elements.length) return withElementsWritten(report, unmade.inventory.elements, unmade.shared);
  // No replacer: a replacer function takes JSON.stringify off its fast path, twice the time at 40,000 elements
  // (issue 14: linear outputs). The sentences are escaped in a copy, made only when one needs it.
  return `${JSON.stringify(withSentencesShown(report), null, 2)}\n`;
}

/** Where the report without its elements says `"elements": []`: a line break is never inside a JSON string. */
const NO_ELEMENTS = '\n  "elements": []';

/** The report with its elements written straight from the inventory (../json/elements.ts), the rest as always. */
function withElementsWritten(report: ReportJson, elements: readonly InventoryElement[], shared: SharedValues): string {
  const rest: Record<string, unknown> = {};
  // Every property but the elements, read in order (each lazy one is made here: ../lazy.ts).
  for (const key of Object.keys(report)) rest[key] = key === 'elements' ? [] : report[key as keyof ReportJson];
  const head = JSON.stringify(rest, null, 2);
  const at = head.indexOf(NO_ELEMENTS);
  const reasonsShown = (reasons: ReportReason[]) => (needsShowing(reasons) ? reasons.map(withTextShown) : reasons);
  const out = [head.slice(0, at), '\n  "elements": [\n'];
  pushElementsJson(out, elements, shared, reasonsShown);
  out.push('\n  ]', head.slice(at + NO_ELEMENTS.length), '\n');
  return out.join('');
}

type Sentence = { text: string };
const needsShowing = (items: readonly Sentence[]) => items.some((item) => hasHiddenCharacters(item.text));
const withTextShown = <T extends Sentence>(item: T): T => ({ ...item, text: showName(item.text) });

/** The model's sentences are the `text` of each reason and location (model.ts); copied where one has a hidden character. */
function withSentencesShown(report: ReportJson): ReportJson {
  if (!report.elements.some((e) => needsShowing(e.reasons) || needsShowing(e.locations))) return report;
  return {
    ...report,
    elements: report.elements.map((e) => (needsShowing(e.reasons) || needsShowing(e.locations) ? { ...e, reasons: e.reasons.map(withTextShown), locations: e.locations.map(withTextShown) } : e)),
  };
}
