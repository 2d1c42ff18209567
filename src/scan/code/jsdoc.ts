import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { parseAnnotations } from '../../detect/annotations.js';
import type { Annotations } from '../../detect/types.js';

function jsdocRanges(node: ts.Node, sourceFile: ts.SourceFile): ts.CommentRange[] {
  const text = sourceFile.text;
  const leading = typescript.getLeadingCommentRanges(text, node.pos) ?? [];
  // A comment on the line of the token before (`{ /** @purpose x */ email: string }`) is a trailing comment to
  // TypeScript, yet its author wrote it for this node: it counts when only spaces part it from the node. One
  // followed by a line break stays with the line it ends (`name: string /** … */`).
  const sameLine = (typescript.getTrailingCommentRanges(text, node.pos) ?? []).filter(
    (r) => !r.hasTrailingNewLine && !leading.some((l) => l.pos === r.pos) && /^[ \t]*$/.test(text.slice(r.end, node.getStart(sourceFile))),
  );
  return [...sameLine, ...leading].filter((r) => text.startsWith('/**', r.pos));
}

function parseRange(range: ts.CommentRange, sourceFile: ts.SourceFile): Annotations | undefined {
  const comment = sourceFile.text.slice(range.pos, range.end);
  if (!comment.includes('@p')) return undefined;
  const parsed = parseAnnotations(comment);
  return parsed.purposes.length || parsed.personal.length || parsed.suppressed ? parsed : undefined;
}

/** Most files have no annotations at all; a file without either tag needs no comment read. */
export function mayHoldAnnotations(text: string): boolean {
  return text.includes('@purpose') || text.includes('@personal');
}

/** Annotations in the JSDoc comment attached to a node (the last one before it); works without parent pointers. */
export function annotationsBefore(node: ts.Node, sourceFile: ts.SourceFile): Annotations | undefined {
  const ranges = jsdocRanges(node, sourceFile);
  const last = ranges[ranges.length - 1];
  return last ? parseRange(last, sourceFile) : undefined;
}

/**
 * File-wide annotations: JSDoc before the first statement that does not belong to it. Before an import (or
 * any non-declaration) every such comment is the file's; before a declaration, all but the one attached.
 */
export function fileAnnotations(sourceFile: ts.SourceFile): Annotations | undefined {
  const first = sourceFile.statements[0];
  if (!first) return undefined;
  const ranges = jsdocRanges(first, sourceFile);
  const isDeclaration = !typescript.isImportDeclaration(first) && !typescript.isImportEqualsDeclaration(first) && !typescript.isExpressionStatement(first);
  const own = isDeclaration ? ranges.slice(0, -1) : ranges;
  const parsed = own.map((r) => parseRange(r, sourceFile)).filter((a): a is Annotations => Boolean(a));
  if (!parsed.length) return undefined;
  const suppressed = parsed.find((a) => a.suppressed)?.suppressed;
  return { purposes: parsed.flatMap((a) => a.purposes), personal: [], ...(suppressed ? { suppressed } : {}) };
}

/**
 * Purposes are overridden by the nearest level that states any (field over type or class over file), not
 * merged: a field marked `@purpose fraud-prevention` in a class marked `@purpose marketing` is processed for
 * fraud prevention only, which is what its author wrote. `@personal` categories come from the field only.
 * A suppression anywhere above applies (a class or a whole seed-data file can be `@personal none`).
 */
export function mergeAnnotations(field: Annotations | undefined, container: Annotations | undefined, file: Annotations | undefined): Annotations | undefined {
  const purposes = field?.purposes.length ? field.purposes : container?.purposes.length ? container.purposes : file?.purposes ?? [];
  const suppressed = field?.suppressed ?? container?.suppressed ?? file?.suppressed;
  const personal = field?.personal ?? [];
  if (!purposes.length && !personal.length && !suppressed) return undefined;
  return { purposes, personal, ...(suppressed ? { suppressed } : {}) };
}

/**
 * One file's annotations, shared by the collectors of its walk: the file's own, and the JSDoc before a node.
 * Most files hold none, and then no comment is read at all.
 */
export class FileAnnotations {
  readonly isPossible: boolean;
  readonly file: Annotations | undefined;

  constructor(private readonly sourceFile: ts.SourceFile) {
    this.isPossible = mayHoldAnnotations(sourceFile.text);
    this.file = this.isPossible ? fileAnnotations(sourceFile) : undefined;
  }

  before(node: ts.Node): Annotations | undefined {
    return this.isPossible ? annotationsBefore(node, this.sourceFile) : undefined;
  }
}
