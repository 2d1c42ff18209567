/** Positions of YAML nodes by JSON path, so every policy error names file:line:column. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Pos {
  line: number;
  col: number;
}

function child(node: unknown, segment: string): { value: unknown; key?: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
    return pair ? { value: pair.value, key: pair.key } : undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    return Number.isInteger(index) ? { value: node.items[index] } : undefined;
  }
  return undefined;
}

function start(node: unknown, counter: LineCounter): Pos | undefined {
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  const { line, col } = counter.linePos(range[0]);
  return { line, col };
}

/**
 * The position of the value at `path` (or of its key, with `atKey`). Falls back to the deepest node that
 * exists, so a missing key points at the map that should hold it.
 */
export function positionOf(doc: Document, counter: LineCounter, path: string[], atKey = false): Pos {
  let node: unknown = doc.contents;
  let best = start(node, counter) ?? { line: 1, col: 1 };
  for (const [index, segment] of path.entries()) {
    const next = child(node, segment);
    if (!next) break;
    const isLast = index === path.length - 1;
    best = start(isLast && atKey && next.key ? next.key : next.value, counter) ?? start(next.key, counter) ?? best;
    node = next.value;
  }
  return best;
}
