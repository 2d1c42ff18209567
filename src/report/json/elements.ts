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
import type { TextSink } from '../../output/text-sink.js';

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

/** Line and column numbers as JSON text, made once each: they repeat across thousands of locations. */
function numbers(): (value: number) => string {
  const done: string[] = [];
  return (value) => {
    if (!Number.isInteger(value) || value < 0 || value > 100_000) return number(value);
    return (done[value] ??= `${value}`);
  };
}

const PLACE_SOURCE = `${PLACE}{${PLACE_FIELD}"source": `;
const NEXT_PLACE_SOURCE = `,${PLACE_SOURCE}`;
const PLACE_TEXT = `,${PLACE_FIELD}"text": `;
/** After a `file:line` text written from its pieces: its closing quote, then the file. */
const TEXT_END_FILE = `",${PLACE_FIELD}"file": `;
const FILE = `,${PLACE_FIELD}"file": `;
const LINE = `,${PLACE_FIELD}"line": `;
const COL = `,${PLACE_FIELD}"col": `;
const TABLE = `,${PLACE_FIELD}"table": `;
const COLUMN = `,${PLACE_FIELD}"column": `;
const PLACE_END = `${PLACE}}`;
const PLACES_END = `${FIELD}]`;

function pushLocationsJson(parts: string[], e: InventoryElement, quote: (value: string) => string, fileLine: (l: Location) => string | null, digits: (value: number) => string): void {
  const { locations } = e;
  if (locations.length === 0) {
    parts.push('[]');
    return;
  }
  parts.push('[');
  for (let i = 0; i < locations.length; i++) {
    const l = locations[i]!;
    parts.push(i ? NEXT_PLACE_SOURCE : PLACE_SOURCE, quote(l.source), PLACE_TEXT);
    const opening = fileLine(l);
    // The opening is made only where the file and the line are there: the text's end and the file go together.
    if (opening !== null) parts.push(opening, digits(l.line!), TEXT_END_FILE, quote(l.file!));
    else {
      parts.push(text(formatLocation(l)));
      if (l.file !== undefined) parts.push(FILE, quote(l.file));
    }
    if (l.line !== undefined) parts.push(LINE, digits(l.line));
    if (l.col !== undefined) parts.push(COL, digits(l.col));
    if (l.table !== undefined) parts.push(TABLE, text(l.table));
    if (l.column !== undefined) parts.push(COLUMN, text(l.column));
    parts.push(PLACE_END);
  }
  parts.push(PLACES_END);
}

/**
 * The pieces of about 1,000 elements joined into one string at a time: about 1 MB, which V8 makes in its
 * large-object space and the sink writes at once. The pieces then die young, where keeping all 40,000 of them
 * until the document is joined made every young-generation collection copy the ones made since the last
 * (issue 14).
 */
const BATCH = 20_000;

const ID = `    {${FIELD}"id": `;
const NEXT_ID = `,\n${ID}`;
const FIX = `,${FIELD}"fix": `;
const SUPPRESSED = `,${FIELD}"suppressedReason": `;
const ELEMENT_END = '\n    }';

/** The value at the end of a path of keys in nested maps, made on first use. */
class Segments {
  private readonly root = new Map<unknown, unknown>();
  at(keys: readonly unknown[], make: () => string): string {
    let map = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let inner = map.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (!inner) map.set(keys[i], (inner = new Map()));
      map = inner;
    }
    const last = keys[keys.length - 1];
    let value = map.get(last) as string | undefined;
    if (value === undefined) map.set(last, (value = make()));
    return value;
  }
}

/**
 * The elements as the JSON array's items, each followed by `,\n` but the last, written to the sink a batch at a
 * time. `shownReasons` gives a list of reasons as the JSON format writes it (sentences with hidden characters
 * escaped).
 *
 * What an element writes between its own names and places depends on a few values that thousands of elements
 * share (kind and category; field, status and reasons; the purposes, recipients and sources; the evidence,
 * confidence, organisation flag and sink): each such run of properties is written once per distinct set of
 * values and kept, so an element is about a dozen pieces (issue 14).
 */
export function writeElementsJson(out: TextSink, elements: readonly InventoryElement[], shared: SharedValues, shownReasons: (reasons: ReportReason[]) => readonly ReportReason[]): void {
  const json = nested();
  const quote = quoted();
  const fileLine = fileLineOpenings();
  const digits = numbers();
  const kinds = new Segments();
  const statuses = new Segments();
  const lists = new Segments();
  const tails = new Segments();
  let parts: string[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    const reasons = shared.reasonList(e.reasons);
    const purposes = shared.sorted(e.purposes);
    const recipients = shared.sorted(e.recipients);
    const sources = shared.sorted(e.sources);
    const evidence = shared.evidenceLines(e.evidence);
    const confidence = highestConfidence(e);
    const sink = e.sink ? shared.sink(e.sink) : undefined;
    const organisation = Boolean(e.isOrganisation);
    parts.push(
      i === 0 ? ID : NEXT_ID,
      text(e.id),
      kinds.at([e.kind, e.category], () => `,${FIELD}"kind": ${quote(e.kind)},${FIELD}"category": ${quote(e.category)},${FIELD}"container": `),
      text(e.container),
      statuses.at([e.field, e.status, reasons], () => `,${FIELD}"field": ${quote(e.field)},${FIELD}"status": ${quote(e.status)},${FIELD}"reasons": ${reasons.length ? json(shownReasons(reasons)) : '[]'}`),
    );
    if (e.status === 'undeclared') parts.push(FIX, text(elementFix(e, shared)));
    else if (e.status === 'suppressed') parts.push(SUPPRESSED, text(e.suppressedReason ?? ''));
    parts.push(lists.at([purposes, recipients, sources], () => `,${FIELD}"purposes": ${json(purposes)},${FIELD}"recipients": ${json(recipients)},${FIELD}"sources": ${json(sources)},${FIELD}"locations": `));
    pushLocationsJson(parts, e, quote, fileLine, digits);
    parts.push(
      tails.at([evidence, confidence, organisation, sink], () => `,${FIELD}"evidence": ${json(evidence)},${FIELD}"confidence": ${number(confidence)},${FIELD}"organisation": ${organisation}${sink ? `,${FIELD}"sink": ${json(sink)}` : ''}${ELEMENT_END}`),
    );
    if (parts.length >= BATCH) {
      out.write(parts.join(''));
      parts = [];
    }
  }
  out.write(parts.join(''));
}
