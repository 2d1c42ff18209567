/**
 * The JSON report's `elements` written straight from the inventory, one flat string per element: byte for byte
 * what `JSON.stringify(report, null, 2)` writes for the report's elements (test/report/golden.test.ts holds
 * both to the same files), without making 40,000 element objects first (issue 14: linear outputs). What
 * elements share (reasons, purposes, recipients, sources, evidence, a sink: ../shared-values.ts) is written
 * once per distinct value; each element writes only its own names, places, fix and confidence.
 */
import type { InventoryElement } from '../../inventory/types.js';
import type { Location } from '../../finding.js';
import { hasHiddenCharacters } from '../../output/display-name.js';
import { formatLocation } from '../../output/location.js';
import { elementFix, highestConfidence } from '../element.js';
import type { ReportReason } from '../model.js';
import type { SharedValues } from '../shared-values.js';

/** An element's fields sit three levels deep: the report, its `elements` array, the element. */
const FIELD = '\n      ';
const PLACE = '\n        ';
const PLACE_FIELD = '\n          ';
const text = (value: string) => JSON.stringify(value);
/** What `JSON.stringify` writes for a finite number (lines, columns, confidences), without its generic entry. */
const number = (value: number) => (Number.isFinite(value) ? `${value}` : 'null');

/**
 * A string as JSON, remembered: kinds, categories, statuses, fields, sources and file paths repeat across
 * 40,000 elements, and a map look-up costs less than quoting again (issue 14).
 */
function quoted(): (value: string) => string {
  const done = new Map<string, string>();
  return (value) => {
    let json = done.get(value);
    if (json === undefined) done.set(value, (json = JSON.stringify(value)));
    return json;
  };
}

/** A value as JSON at an element's field depth, written once per shared object. */
function nested(): (value: object) => string {
  const done = new Map<object, string>();
  return (value) => {
    let json = done.get(value);
    if (json === undefined) done.set(value, (json = JSON.stringify(value, null, 2).replace(/\n/g, FIELD)));
    return json;
  };
}

/**
 * A location's `text` as JSON where it is `file:line` (../../output/location.ts) and the path has no hidden
 * character, so showing it changes nothing: the quoted path's opening, remembered per file, then the line.
 * Writing it from the path skips making, scanning and quoting a new string per location (issue 14). Null
 * where the text is another shape; `formatLocation` writes those.
 */
function fileLineOpenings(): (l: Location) => string | null {
  const done = new Map<string, string | null>();
  return (l) => {
    if (!l.file || !l.line || (l.source !== 'code' && l.table && l.column)) return null;
    let opening = done.get(l.file);
    if (opening === undefined) done.set(l.file, (opening = hasHiddenCharacters(l.file) ? null : `${text(l.file).slice(0, -1)}:`));
    return opening;
  };
}

function pushLocationsJson(parts: string[], e: InventoryElement, quote: (value: string) => string, fileLine: (l: Location) => string | null): void {
  if (e.locations.length === 0) {
    parts.push('[]');
    return;
  }
  parts.push('[');
  e.locations.forEach((l, i) => {
    parts.push(i ? ',' : '', PLACE_SOURCE, quote(l.source), PLACE_TEXT);
    const opening = fileLine(l);
    if (opening === null) parts.push(text(formatLocation(l)));
    else parts.push(opening, number(l.line!), '"');
    if (l.file !== undefined) parts.push(',', PLACE_FIELD, '"file": ', quote(l.file));
    if (l.line !== undefined) parts.push(',', PLACE_FIELD, '"line": ', number(l.line));
    if (l.col !== undefined) parts.push(',', PLACE_FIELD, '"col": ', number(l.col));
    if (l.table !== undefined) parts.push(',', PLACE_FIELD, '"table": ', text(l.table));
    if (l.column !== undefined) parts.push(',', PLACE_FIELD, '"column": ', text(l.column));
    parts.push(PLACE, '}');
  });
  parts.push(FIELD, ']');
}

const PLACE_SOURCE = `${PLACE}{${PLACE_FIELD}"source": `;
const PLACE_TEXT = `,${PLACE_FIELD}"text": `;

/**
 * The pieces of about 1,000 elements joined into one string at a time: about 500 kB, which V8 makes in its large-object
 * space, never copied again. The pieces then die young, where keeping all 40,000 of them until
 * the document is joined made every young-generation collection copy the ones made since the last (issue 14).
 */
const BATCH = 40_000;

const ID = `    {${FIELD}"id": `;
const NEXT_ID = `,\n${ID}`;
const KIND = `,${FIELD}"kind": `;
const CATEGORY = `,${FIELD}"category": `;
const CONTAINER = `,${FIELD}"container": `;
const FIELD_NAME = `,${FIELD}"field": `;
const STATUS = `,${FIELD}"status": `;
const REASONS = `,${FIELD}"reasons": `;
const FIX = `,${FIELD}"fix": `;
const SUPPRESSED = `,${FIELD}"suppressedReason": `;
const PURPOSES = `,${FIELD}"purposes": `;
const RECIPIENTS = `,${FIELD}"recipients": `;
const SOURCES = `,${FIELD}"sources": `;
const LOCATIONS = `,${FIELD}"locations": `;
const EVIDENCE = `,${FIELD}"evidence": `;
const CONFIDENCE = `,${FIELD}"confidence": `;
const ORGANISATION = `,${FIELD}"organisation": `;
const SINK = `,${FIELD}"sink": `;

/**
 * The elements as the JSON array's items, each followed by `,\n` but the last, pushed onto `out` (the document
 * is joined once, not the elements and then the document again). `shownReasons` gives a list of reasons as the
 * JSON format writes it (sentences with hidden characters escaped).
 */
export function pushElementsJson(out: string[], elements: readonly InventoryElement[], shared: SharedValues, shownReasons: (reasons: ReportReason[]) => readonly ReportReason[]): void {
  const json = nested();
  const reasonsJson = nested();
  const quote = quoted();
  const fileLine = fileLineOpenings();
  let parts: string[] = [];
  for (const e of elements) {
    const reasons = shared.reasonList(e.reasons);
    // Constant pieces written together: half the pieces to push and join.
    parts.push(
      e === elements[0] ? ID : NEXT_ID, text(e.id),
      KIND, quote(e.kind),
      CATEGORY, quote(e.category),
      CONTAINER, text(e.container),
      FIELD_NAME, quote(e.field),
      STATUS, quote(e.status),
      REASONS, reasons.length ? reasonsJson(shownReasons(reasons)) : '[]',
    );
    if (e.status === 'undeclared') parts.push(FIX, text(elementFix(e, shared)));
    else if (e.status === 'suppressed') parts.push(SUPPRESSED, text(e.suppressedReason ?? ''));
    parts.push(
      PURPOSES, json(shared.sorted(e.purposes)),
      RECIPIENTS, json(shared.sorted(e.recipients)),
      SOURCES, json(shared.sorted(e.sources)),
      LOCATIONS,
    );
    pushLocationsJson(parts, e, quote, fileLine);
    parts.push(
      EVIDENCE, json(shared.evidenceLines(e.evidence)),
      CONFIDENCE, number(highestConfidence(e)),
      ORGANISATION, e.isOrganisation ? 'true' : 'false',
    );
    if (e.sink) parts.push(SINK, json(shared.sink(e.sink)));
    parts.push('\n    }');
    if (parts.length >= BATCH) {
      out.push(parts.join(''));
      parts = [];
    }
  }
  out.push(parts.join(''));
}
