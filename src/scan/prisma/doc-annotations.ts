/**
 * Prisma's `///` doc comments carry annotations: the lines directly above a model or field (a blank line
 * ends the run, as Prisma itself attaches them) and a trailing `/// ...` on the field's own line.
 * Plain `//` comments are not documentation and are ignored.
 */
import { hasAnnotations, parseAnnotations } from '../../detect/annotations.js';
import type { Annotations } from '../../detect/types.js';

interface Item {
  type: string;
  text?: string;
}

export function docLinesBefore(items: readonly Item[], index: number): string[] {
  const lines: string[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.type !== 'comment' || !item.text?.startsWith('///')) break;
    lines.unshift(item.text.slice(3));
  }
  return lines;
}

export function docAnnotations(lines: string[]): Annotations | undefined {
  if (lines.length === 0) return undefined;
  const parsed = parseAnnotations(lines.join('\n'));
  return hasAnnotations(parsed) ? parsed : undefined;
}

/** A field's own annotations win; purposes and a suppression fall back to its model's. */
export function mergeAnnotations(own: Annotations | undefined, model: Annotations | undefined): Annotations | undefined {
  if (!own) return model ? { purposes: model.purposes, personal: [], ...(model.suppressed ? { suppressed: model.suppressed } : {}) } : undefined;
  const result: Annotations = { ...own, purposes: own.purposes.length ? own.purposes : model?.purposes ?? [] };
  const suppressed = own.suppressed ?? model?.suppressed;
  if (suppressed) result.suppressed = suppressed;
  return result;
}
