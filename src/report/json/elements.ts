/**
 * The JSON report's `elements` written straight from the inventory, one flat string per element: byte for byte
 * what `JSON.stringify(report, null, 2)` writes for the report's elements (test/report/golden.test.ts holds
 * both to the same files), without making 40,000 element objects first (issue 14: linear outputs). What
 * elements share (reasons, purposes, recipients, sources, evidence, a sink: ../shared-values.ts) is written
 * once per distinct value; each element writes only its own names, places, fix and confidence.
 */
import type { InventoryElement } from '../../inventory/types.js';
import { formatLocation } from '../../output/location.js';
import { showName } from '../../output/display-name.js';
import { elementFix, highestConfidence } from '../element.js';
import type { ReportReason } from '../model.js';
import type { SharedValues } from '../shared-values.js';
import type { TextSink } from '../../output/text-sink.js';

/** An element's fields sit three levels deep: the report, its `elements` array, the element. */
const FIELD = '\n      ';
const PLACE = '\n        ';
const PLACE_FIELD = '\n          ';
const text = (value: string) => JSON.stringify(value);
/**
 * A segment made once and written thousands of times, flattened: a template literal is a rope, which every join
 * would walk again. Converting a string to a number flattens it in place (V8); the number is of no use.
 */
const flat = (value: string): string => {
  void Number(value);
  return value;
};
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
 * Printable ASCII but the quote and the backslash: JSON writes such a string between quotes as it is, and it has
 * no hidden character to show (../../output/display-name.ts). Almost every name, path and sentence is one, so
 * it is written as it is between constant pieces, not quoted into a new string per element (issue 14).
 */
const PLAIN = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

/** Line and column numbers as JSON text, made once each: they repeat across thousands of locations. */
function numbers(): (value: number) => string {
  const done: string[] = [];
  return (value) => {
    if (!Number.isInteger(value) || value < 0 || value > 100_000) return number(value);
    return (done[value] ??= `${value}`);
  };
}

const PLACE_SOURCE_OPEN = flat(`{${PLACE_FIELD}"source": `);
const NEXT_PLACE = flat(`,${PLACE}`);
const FIRST_PLACE = flat(`[${PLACE}`);
const PLACE_TEXT = flat(`,${PLACE_FIELD}"text": `);
const FILE = flat(`,${PLACE_FIELD}"file": `);
/** Between a `file:line` text written from its plain path and line, and the path again: `", "file": "`. */
const TEXT_END_FILE = flat(`",${PLACE_FIELD}"file": "`);
const LINE = flat(`,${PLACE_FIELD}"line": `);
/** After a plain path written between quotes: its closing quote, then the line. */
const FILE_END_LINE = flat(`",${PLACE_FIELD}"line": `);
const COL = flat(`,${PLACE_FIELD}"col": `);
const TABLE = flat(`,${PLACE_FIELD}"table": `);
const COLUMN = flat(`,${PLACE_FIELD}"column": `);
const PLACE_END = flat(`${PLACE}}`);
const PLACES_END = flat(`${FIELD}]`);

/**
 * An element's locations. A location whose text is `file:line` (../../output/location.ts) with a plain path is
 * written from the path and the line as they are: no text made, scanned and quoted per location (issue 14).
 */
function pushLocationsJson(parts: string[], e: InventoryElement, quote: (value: string) => string, digits: (value: number) => string): void {
  const { locations } = e;
  if (locations.length === 0) {
    parts.push('[]');
    return;
  }
  for (let i = 0; i < locations.length; i++) {
    const l = locations[i]!;
    const { file, line } = l;
    parts.push(i ? NEXT_PLACE : FIRST_PLACE, PLACE_SOURCE_OPEN, quote(l.source), PLACE_TEXT);
    if (file && line && (l.source === 'code' || !l.table || !l.column) && PLAIN.test(file)) {
      const lineText = digits(line);
      parts.push('"', file, ':', lineText, TEXT_END_FILE, file, FILE_END_LINE, lineText);
    } else {
      parts.push(text(formatLocation(l)));
      if (file !== undefined) parts.push(FILE, quote(file));
      if (line !== undefined) parts.push(LINE, digits(line));
    }
    if (l.col !== undefined) parts.push(COL, digits(l.col));
    if (l.table !== undefined) parts.push(TABLE, text(l.table));
    if (l.column !== undefined) parts.push(COLUMN, text(l.column));
    parts.push(PLACE_END);
  }
  parts.push(PLACES_END);
}

/**
 * Pieces are joined and handed to the sink about 2,000 at a time (about 100 elements, 60 KB): a string that
 * size is made in V8's young generation and dies there, where a megabyte is made in the large-object space,
 * whose garbage only a full collection of the 100-MB heap frees (issue 14: linear outputs).
 */
const BATCH = 2_000;

const ID = flat(`    {${FIELD}"id": `);
const NEXT_ID = flat(`,\n${ID}`);
const FIX = flat(`,${FIELD}"fix": `);
const SUPPRESSED = flat(`,${FIELD}"suppressedReason": `);
const ELEMENT_END = '\n    }';

/**
 * Segments in nested maps, one level per key, read without a closure or an array of keys per element.
 */
type Level = Map<unknown, unknown>;
const level = (map: Level, key: unknown): Level => {
  let inner = map.get(key) as Level | undefined;
  if (inner === undefined) map.set(key, (inner = new Map()));
  return inner;
};

/** Pushes a string as JSON: a plain one as it is between quotes, any other through JSON.stringify. */
function pushText(parts: string[], value: string): void {
  if (PLAIN.test(value)) parts.push('"', value, '"');
  else parts.push(text(value));
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
  const digits = numbers();
  const kinds: Level = new Map();
  const statuses: Level = new Map();
  const lists: Level = new Map();
  const tails: Level = new Map();
  let parts: string[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    const { kind, category, field, status } = e;
    const reasons = shared.reasonList(e.reasons);
    const purposes = shared.sorted(e.purposes);
    const recipients = shared.sorted(e.recipients);
    const sources = shared.sorted(e.sources);
    const evidence = shared.evidenceLines(e.evidence);
    const confidence = highestConfidence(e);
    const sink = e.sink ? shared.sink(e.sink) : undefined;
    const organisation = Boolean(e.isOrganisation);

    const byKind = level(kinds, kind);
    let kindRun = byKind.get(category) as string | undefined;
    if (kindRun === undefined) byKind.set(category, (kindRun = flat(`,${FIELD}"kind": ${quote(kind)},${FIELD}"category": ${quote(category)},${FIELD}"container": `)));
    const byStatus = level(level(statuses, field), status);
    let statusRun = byStatus.get(reasons) as string | undefined;
    if (statusRun === undefined) byStatus.set(reasons, (statusRun = flat(`,${FIELD}"field": ${quote(field)},${FIELD}"status": ${quote(status)},${FIELD}"reasons": ${reasons.length ? json(shownReasons(reasons)) : '[]'}`)));
    parts.push(i === 0 ? ID : NEXT_ID);
    pushText(parts, e.id);
    parts.push(kindRun);
    pushText(parts, e.container);
    parts.push(statusRun);
    if (status === 'undeclared') {
      parts.push(FIX);
      // A sentence for people, like the reasons: a hidden character in the name it quotes is shown escaped.
      pushText(parts, showName(elementFix(e, shared)));
    } else if (status === 'suppressed') {
      parts.push(SUPPRESSED);
      pushText(parts, e.suppressedReason ?? '');
    }

    const byLists = level(level(lists, purposes), recipients);
    let listRun = byLists.get(sources) as string | undefined;
    if (listRun === undefined) byLists.set(sources, (listRun = flat(`,${FIELD}"purposes": ${json(purposes)},${FIELD}"recipients": ${json(recipients)},${FIELD}"sources": ${json(sources)},${FIELD}"locations": `)));
    parts.push(listRun);
    pushLocationsJson(parts, e, quote, digits);

    const byTail = level(level(level(tails, evidence), confidence), organisation);
    let tail = byTail.get(sink) as string | undefined;
    if (tail === undefined) {
      tail = `,${FIELD}"evidence": ${json(evidence)},${FIELD}"confidence": ${number(confidence)},${FIELD}"organisation": ${organisation}${sink ? `,${FIELD}"sink": ${json(sink)}` : ''}${ELEMENT_END}`;
      byTail.set(sink, (tail = flat(tail)));
    }
    parts.push(tail);
    if (parts.length >= BATCH) {
      out.write(parts.join(''));
      parts = [];
    }
  }
  out.write(parts.join(''));
}
