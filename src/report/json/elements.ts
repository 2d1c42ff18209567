/**
 * The JSON report's `elements` written straight from the inventory, one flat string per element: byte for byte
 * what `JSON.stringify(report, null, 2)` writes for the report's elements (test/report/golden.test.ts holds
 * both to the same files), without making 40,000 element objects first (issue 14: linear outputs). What
 * elements share (reasons, purposes, recipients, sources, evidence, a sink: ../shared-values.ts) is written
 * once per distinct value; each element writes only its own names, places, fix and confidence.
 */
import type { InventoryElement } from '../../inventory/types.js';
import { formatLocation } from '../../output/location.js';
import { elementFix, highestConfidence } from '../element.js';
import type { ReportReason } from '../model.js';
import type { SharedValues } from '../shared-values.js';

/** An element's fields sit three levels deep: the report, its `elements` array, the element. */
const FIELD = '\n      ';
const PLACE = '\n        ';
const PLACE_FIELD = '\n          ';
const text = (value: string) => JSON.stringify(value);
const number = (value: number) => JSON.stringify(value);

/** A value as JSON at an element's field depth, written once per shared object. */
function nested(): (value: object) => string {
  const done = new Map<object, string>();
  return (value) => {
    let json = done.get(value);
    if (json === undefined) done.set(value, (json = JSON.stringify(value, null, 2).replace(/\n/g, FIELD)));
    return json;
  };
}

function locationsJson(e: InventoryElement): string {
  if (e.locations.length === 0) return '[]';
  const parts: string[] = ['['];
  e.locations.forEach((l, i) => {
    parts.push(i ? ',' : '', PLACE, '{', PLACE_FIELD, '"source": ', text(l.source), ',', PLACE_FIELD, '"text": ', text(formatLocation(l)));
    if (l.file !== undefined) parts.push(',', PLACE_FIELD, '"file": ', text(l.file));
    if (l.line !== undefined) parts.push(',', PLACE_FIELD, '"line": ', number(l.line));
    if (l.col !== undefined) parts.push(',', PLACE_FIELD, '"col": ', number(l.col));
    if (l.table !== undefined) parts.push(',', PLACE_FIELD, '"table": ', text(l.table));
    if (l.column !== undefined) parts.push(',', PLACE_FIELD, '"column": ', text(l.column));
    parts.push(PLACE, '}');
  });
  parts.push(FIELD, ']');
  return parts.join('');
}

/**
 * The elements as the JSON array's items, each followed by `,\n` but the last, pushed onto `out` (the document
 * is joined once, not the elements and then the document again). `shownReasons` gives a list of reasons as the
 * JSON format writes it (sentences with hidden characters escaped).
 */
export function pushElementsJson(out: string[], elements: readonly InventoryElement[], shared: SharedValues, shownReasons: (reasons: ReportReason[]) => readonly ReportReason[]): void {
  const json = nested();
  const reasonsJson = nested();
  for (const e of elements) {
    if (e !== elements[0]) out.push(',\n');
    const reasons = shared.reasonList(e.reasons);
    const parts = [
      '    {',
      FIELD, '"id": ', text(e.id), ',',
      FIELD, '"kind": ', text(e.kind), ',',
      FIELD, '"category": ', text(e.category), ',',
      FIELD, '"container": ', text(e.container), ',',
      FIELD, '"field": ', text(e.field), ',',
      FIELD, '"status": ', text(e.status), ',',
      FIELD, '"reasons": ', reasons.length ? reasonsJson(shownReasons(reasons)) : '[]', ',',
    ];
    if (e.status === 'undeclared') parts.push(FIELD, '"fix": ', text(elementFix(e, shared)), ',');
    else if (e.status === 'suppressed') parts.push(FIELD, '"suppressedReason": ', text(e.suppressedReason ?? ''), ',');
    parts.push(
      FIELD, '"purposes": ', json(shared.sorted(e.purposes)), ',',
      FIELD, '"recipients": ', json(shared.sorted(e.recipients)), ',',
      FIELD, '"sources": ', json(shared.sorted(e.sources)), ',',
      FIELD, '"locations": ', locationsJson(e), ',',
      FIELD, '"evidence": ', json(shared.evidenceLines(e.evidence)), ',',
      FIELD, '"confidence": ', number(highestConfidence(e)), ',',
      FIELD, '"organisation": ', e.isOrganisation ? 'true' : 'false',
    );
    if (e.sink) parts.push(',', FIELD, '"sink": ', json(shared.sink(e.sink)));
    parts.push('\n    }');
    out.push(parts.join(''));
  }
}
