/**
 * Strings kept past their file's scan, detached from the file's text. V8 makes a substring of 13 characters or
 * more (`text.slice`, the parser's identifier and literal text) a view into its parent string, and the view keeps
 * the whole parent alive: one long identifier kept in a memo or in the per-file facts keeps its whole file's text
 * in memory until the run ends. A copy made by concatenation and slicing points at a flat string of its own.
 */
import type { Detector, FieldFacts, FieldResult } from '../../detect/types.js';

/** Shorter substrings are copied by V8 anyway. */
const SLICE_MIN = 13;

export function detached(text: string): string {
  return text.length < SLICE_MIN ? text : (' ' + text).slice(1);
}

/**
 * Replaces every string of 13 characters or more in plain data (objects and arrays, as the per-file facts are)
 * by a detached copy, in place; a string met twice gets one copy. Returns the value.
 */
export function detachStrings<T>(value: T): T {
  const copies = new Map<string, string>();
  const copy = (text: string): string => {
    let out = copies.get(text);
    if (out === undefined) {
      copies.set(text, (out = (' ' + text).slice(1)));
      // Met again through a shared object, the copy is kept as it is.
      copies.set(out, out);
    }
    return out;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i] as unknown;
        if (typeof item === 'string') {
          if (item.length >= SLICE_MIN) node[i] = copy(item);
        } else if (item !== null && typeof item === 'object') visit(item);
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') {
        if (item.length >= SLICE_MIN) record[key] = copy(item);
      } else if (item !== null && typeof item === 'object') visit(item);
    }
  };
  if (value !== null && typeof value === 'object') visit(value);
  return value;
}

const detachingDetectors = new WeakMap<Detector, Detector>();

/**
 * The detector with the strings of each question detached first: its memos (the name's words, the container's
 * kind, the answers) keep what they are asked for the whole run. A list asked again is copied once, so the
 * detector's caches keyed by the list itself (the siblings' table convention) still hit.
 */
export function detachingDetector(detector: Detector): Detector {
  let wrapped = detachingDetectors.get(detector);
  if (wrapped) return wrapped;
  const lists = new WeakMap<readonly string[], string[]>();
  const list = (names: string[]): string[] => {
    let copy = lists.get(names);
    if (!copy) lists.set(names, (copy = names.map(detached)));
    return copy;
  };
  wrapped = {
    categories: detector.categories,
    classifyValue: (value) => detector.classifyValue(value),
    classifyField(facts: FieldFacts): FieldResult {
      const asked: FieldFacts = { ...facts, name: detached(facts.name) };
      if (facts.container) asked.container = list(facts.container);
      if (facts.siblings) asked.siblings = list(facts.siblings);
      if (facts.type !== undefined) asked.type = detached(facts.type);
      return detector.classifyField(asked);
    },
  };
  detachingDetectors.set(detector, wrapped);
  return wrapped;
}
