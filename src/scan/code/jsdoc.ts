import ts from 'typescript';
import { parseAnnotations } from '../../detect/annotations.js';
import type { Annotations } from '../../detect/types.js';

/** Annotations in the JSDoc (`/** ... *\/`) comments just before a node; works without parent pointers. */
export function annotationsBefore(node: ts.Node, sourceFile: ts.SourceFile): Annotations | undefined {
  const text = sourceFile.text;
  const ranges = ts.getLeadingCommentRanges(text, node.pos);
  if (!ranges) return undefined;
  let found: Annotations | undefined;
  for (const range of ranges) {
    const comment = text.slice(range.pos, range.end);
    if (!comment.startsWith('/**') || !comment.includes('@p')) continue;
    const parsed = parseAnnotations(comment);
    if (parsed.purposes.length || parsed.personal.length || parsed.suppressed) {
      found = found
        ? { purposes: [...found.purposes, ...parsed.purposes], personal: [...found.personal, ...parsed.personal], ...(parsed.suppressed ?? found.suppressed ? { suppressed: parsed.suppressed ?? found.suppressed! } : {}) }
        : parsed;
    }
  }
  return found;
}

/**
 * The nearest annotations win for purposes (field over type over file), `@personal` categories come from the
 * field only, and a suppression anywhere above applies (a whole fixture class can be `@personal none`).
 */
export function mergeAnnotations(field: Annotations | undefined, container: Annotations | undefined, file: Annotations | undefined): Annotations | undefined {
  const purposes = field?.purposes.length ? field.purposes : container?.purposes.length ? container.purposes : file?.purposes ?? [];
  const suppressed = field?.suppressed ?? container?.suppressed;
  const personal = field?.personal ?? [];
  if (!purposes.length && !personal.length && !suppressed) return undefined;
  return { purposes, personal, ...(suppressed ? { suppressed } : {}) };
}
