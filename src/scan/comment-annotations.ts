/**
 * Annotations written in database comments (SQL `COMMENT ON`, live `pg_description`): the column's own win;
 * purposes and a suppression fall back to the table's comment.
 */
import { hasAnnotations, parseAnnotations } from '../detect/annotations.js';
import type { Annotations } from '../detect/types.js';

export function parsedComment(comment: string | undefined): Annotations | undefined {
  if (!comment || !comment.includes('@')) return undefined;
  const parsed = parseAnnotations(comment);
  return hasAnnotations(parsed) ? parsed : undefined;
}

export function columnCommentAnnotations(own: Annotations | undefined, table: Annotations | undefined): Annotations | undefined {
  if (!own && !table) return undefined;
  const purposes = own?.purposes.length ? own.purposes : table?.purposes ?? [];
  const suppressed = own?.suppressed ?? table?.suppressed;
  const result: Annotations = { purposes, personal: own?.personal ?? [] };
  if (suppressed) result.suppressed = suppressed;
  if (own?.spans) result.spans = own.spans;
  return result;
}
