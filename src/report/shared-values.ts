/**
 * What many elements of one report repeat, built once: a reason, the evidence lines, a list of purposes or
 * recipients, a sink. 40,000 elements would otherwise keep 40,000 copies of the same few values alive, and the
 * garbage collector copies every live object (issue 14: linear outputs). So the model is read-only: elements
 * share these arrays and objects.
 *
 * Lookups allocate nothing in the common case (one reason, one piece of evidence, a list of one): the values
 * themselves are the keys, in nested maps, where a key string made per element was garbage made per element.
 * The rare longer lists are keyed by their JSON: equal text, equal content.
 */
import type { Evidence } from '../detect/types.js';
import type { InventoryElement, Reason } from '../inventory/types.js';
import type { Policy } from '../policy/types.js';
import type { ReportElement, ReportReason } from './model.js';
import { purposeSuggestions, reasonText } from './reason-text.js';

type Sink = NonNullable<ReportElement['sink']>;
type Nested = Map<unknown, unknown>;

/** Frozen: a reporter that tried to change a shared list would throw rather than change every element. */
export const EMPTY = Object.freeze([]) as unknown as never[];

/** Ends a path of keys in nested maps: never equal to a name or a value. */
const END = Symbol('end');

/** The map under `key`, made on first use. */
function inner(outer: Nested, key: unknown): Nested {
  let map = outer.get(key) as Nested | undefined;
  if (!map) outer.set(key, (map = new Map()));
  return map;
}

/** The value at the end of a path of keys, made on first use. */
function atEnd<V>(path: Nested, make: () => V): V {
  let value = path.get(END) as V | undefined;
  if (value === undefined) path.set(END, (value = make()));
  return value;
}

export class SharedValues {
  /** One reason: code -> (field name -> value)* -> END. */
  private readonly oneReason: Nested = new Map();
  private readonly reasons = new Map<string, ReportReason[]>();
  /** One piece of evidence: rule id -> confidence -> notes -> END (no notes: the number 0, never equal to a note). */
  private readonly oneEvidence: Nested = new Map();
  private readonly evidence = new Map<string, string[]>();
  private readonly oneItem = new Map<string, string[]>();
  private readonly lists = new Map<string, string[]>();
  /** id -> kind -> package -> host -> END; missing and empty are written alike (neither is), so '' stands for both. */
  private readonly sinks: Nested = new Map();
  private readonly fixes = new Map<string, string[]>();
  constructor(readonly policy: Policy) {}

  reasonList(list: readonly Reason[]): ReportReason[] {
    if (list.length === 0) return EMPTY;
    if (list.length === 1) {
      const r = list[0]!;
      let path = inner(this.oneReason, r.code);
      for (const name in r) {
        if (name === 'code') continue;
        const value = r[name as keyof Reason] as string | string[];
        path = inner(inner(path, name), typeof value === 'string' ? value : JSON.stringify(value));
      }
      return atEnd(path, () => [reason(r)]);
    }
    const key = JSON.stringify(list);
    let shared = this.reasons.get(key);
    if (!shared) this.reasons.set(key, (shared = list.map(reason)));
    return shared;
  }

  /** Each distinct list of evidence lines is written once; the first element's array is the one kept. */
  evidenceLines(list: readonly Evidence[]): string[] {
    if (list.length === 0) return EMPTY;
    if (list.length === 1) {
      const ev = list[0]!;
      const notes = ev.notes.length === 0 ? 0 : ev.notes.length === 1 ? ev.notes[0]! : JSON.stringify(ev.notes);
      return atEnd(inner(inner(inner(this.oneEvidence, ev.ruleId), ev.confidence), notes), () => [evidenceLine(ev)]);
    }
    const lines = list.map(evidenceLine);
    const key = JSON.stringify(lines);
    const shared = this.evidence.get(key);
    if (shared) return shared;
    this.evidence.set(key, lines);
    return lines;
  }

  /** A sorted list, one array per distinct content. The inventory's lists are sorted already, which one pass confirms. */
  sorted<T extends string>(list: readonly T[]): T[] {
    if (list.length === 0) return EMPTY;
    if (list.length === 1) {
      let shared = this.oneItem.get(list[0]!);
      if (!shared) this.oneItem.set(list[0]!, (shared = [list[0]!]));
      return shared as T[];
    }
    for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return [...list].sort();
    const key = JSON.stringify(list);
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = list.slice()));
    return shared as T[];
  }

  sink(s: NonNullable<InventoryElement['sink']>): Sink {
    const path = inner(inner(inner(inner(this.sinks, s.id), s.kind), s.package ?? ''), s.host ?? '');
    return atEnd(path, () => {
      const shared: Sink = { id: s.id, kind: s.kind };
      if (s.package) shared.package = s.package;
      if (s.host) shared.host = s.host;
      return shared;
    });
  }

  /** The purposes a fix suggests for a category (fixText), looked up once per category. */
  suggestions(category: string): string[] {
    let list = this.fixes.get(category);
    if (!list) this.fixes.set(category, (list = purposeSuggestions(category, this.policy)));
    return list;
  }
}

function reason(r: Reason): ReportReason {
  const args: Record<string, string | string[]> = {};
  for (const key of Object.keys(r).sort()) if (key !== 'code') args[key] = r[key as keyof Reason] as string | string[];
  return { code: r.code, args, text: reasonText(r) };
}

/** `email.word 0.95 (type:text)`: rule, confidence and notes. Notes never carry a sampled value. */
function evidenceLine(ev: Evidence): string {
  return `${ev.ruleId} ${ev.confidence.toFixed(2)}${ev.notes.length ? ` (${ev.notes.join(', ')})` : ''}`;
}
