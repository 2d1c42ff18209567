/**
 * A list of element ids as `JSON.stringify(ids, null, 2)` writes it at a depth, by hand: a recipient lists
 * every flow that reaches it, 70,000 ids at 40,000 elements, and an id as the inventory makes it (16 hex
 * digits, src/inventory/ids.ts) needs no escaping, so the list is one join (issue 14: linear outputs).
 */
import type { TextSink } from '../../output/text-sink.js';

/** Written between quotes as it is by JSON: no quote, backslash, control character or surrogate. */
const PLAIN = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

export function writeIdList(sink: TextSink, ids: readonly string[], depth: number): void {
  const indent = `\n${'  '.repeat(depth)}`;
  if (ids.length === 0 || !ids.every((id) => PLAIN.test(id))) return sink.write(JSON.stringify(ids, null, 2).replace(/\n/g, indent));
  sink.write(`[${indent}  "${ids.join(`",${indent}  "`)}"${indent}]`);
}
