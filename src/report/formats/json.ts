/** The report data as written (formatVersion 1, schema/report.schema.json); `--compare` reads it back. */
import { hasHiddenCharacters, showName } from '../../output/display-name.js';
import { type TextSink, textOf } from '../../output/text-sink.js';
import type { InventoryElement } from '../../inventory/types.js';
import { unmadeElements } from '../element-rows.js';
import type { ReportElement, ReportJson, ReportReason, ReportRecipient } from '../model.js';
import type { SharedValues } from '../shared-values.js';
import { writeElementsJson } from '../json/elements.js';
import { writeIdList } from '../json/id-list.js';

/**
 * Names stay raw in the data fields (`field`, `container`, `file`: ids are hashed from them and tools match on
 * them), but the sentences written for people (`text`) show hidden characters escaped, like every reporter.
 */
export function writeJson(report: ReportJson, sink: TextSink): void {
  const unmade = unmadeElements(report);
  if (unmade?.inventory.elements.length) return writeWithElements(report, unmade.inventory.elements, unmade.shared, sink);
  // No replacer: a replacer function takes JSON.stringify off its fast path, twice the time at 40,000 elements
  // (issue 14: linear outputs). The sentences are escaped in a copy, made only when one needs it.
  sink.write(`${JSON.stringify(withSentencesShown(report), null, 2)}\n`);
}

export function renderJson(report: ReportJson): string {
  return textOf((sink) => writeJson(report, sink));
}

/** A value as `JSON.stringify(…, null, 2)` writes it `depth` levels down: a line break is never inside a JSON string. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * The report written one property at a time, in its order, to the sink: the elements straight from the
 * inventory (../json/elements.ts), a batch at a time; the recipients' element ids by hand (../json/id-list.ts);
 * every other property through `JSON.stringify` as before. The same bytes as `JSON.stringify(report, null, 2)`
 * (test/report/golden.test.ts), without the document ever being one string (issue 14: linear outputs).
 */
function writeWithElements(report: ReportJson, elements: readonly InventoryElement[], shared: SharedValues, sink: TextSink): void {
  const reasonsShown = (reasons: ReportReason[]) => (needsShowing(reasons) ? reasons.map(withTextShown) : reasons);
  let separator = '{';
  for (const key of Object.keys(report)) {
    // Each lazy property is made here, as it is read (../lazy.ts).
    const value = key === 'elements' ? elements : report[key as keyof ReportJson];
    // What JSON.stringify leaves out of an object.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    sink.write(`${separator}\n  ${JSON.stringify(key)}: `);
    separator = ',';
    if (key === 'elements') {
      sink.write('[\n');
      writeElementsJson(sink, elements, shared, reasonsShown);
      sink.write('\n  ]');
    } else if (key === 'recipients') {
      writeRecipients(sink, value as ReportRecipient[]);
    } else {
      sink.write(indented(value, 1));
    }
  }
  sink.write('\n}\n');
}

/** The recipients, each with its element ids (tens of thousands at 40,000 elements) written by hand. */
function writeRecipients(sink: TextSink, recipients: readonly ReportRecipient[]): void {
  if (recipients.length === 0) return sink.write('[]');
  recipients.forEach((recipient, i) => {
    sink.write(i === 0 ? '[\n    ' : ',\n    ');
    const keys = Object.keys(recipient);
    // The model defines `elements` last (../recipient-elements.ts); any other shape is written as it is.
    if (keys[keys.length - 1] !== 'elements' || !Array.isArray(recipient.elements)) return sink.write(indented(recipient, 2));
    const { elements, ...rest } = recipient;
    const head = indented(rest, 2);
    // `{…\n    }` without its closing line: the ids follow as the last property.
    sink.write(keys.length === 1 ? '{' : `${head.slice(0, head.length - '\n    }'.length)},`);
    sink.write('\n      "elements": ');
    writeIdList(sink, elements, 3);
    sink.write('\n    }');
  });
  sink.write('\n  ]');
}

type Sentence = { text: string };
const needsShowing = (items: readonly Sentence[]) => items.some((item) => hasHiddenCharacters(item.text));
const withTextShown = <T extends Sentence>(item: T): T => ({ ...item, text: showName(item.text) });

const hasSentenceToShow = (e: ReportElement) => needsShowing(e.reasons) || needsShowing(e.locations) || (e.fix !== undefined && hasHiddenCharacters(e.fix));

/**
 * An element's sentences (the `text` of each reason and location, and its `fix`: model.ts) with hidden characters
 * shown; its data fields keep the raw name. The same element when it has none. Also used by `privmap diff`'s JSON.
 */
export function withElementSentencesShown<T extends ReportElement>(e: T): T {
  if (!hasSentenceToShow(e)) return e;
  return { ...e, reasons: e.reasons.map(withTextShown), locations: e.locations.map(withTextShown), ...(e.fix !== undefined ? { fix: showName(e.fix) } : {}) };
}

/** The report with every element's sentences shown; copied only where one has a hidden character. */
function withSentencesShown(report: ReportJson): ReportJson {
  if (!report.elements.some(hasSentenceToShow)) return report;
  return { ...report, elements: report.elements.map(withElementSentencesShown) };
}
