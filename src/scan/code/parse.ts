/** Parsing one source file the way every front end of the code scanner does, and refusing broken ones. */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { Skipped } from '../../finding.js';

/**
 * Annotations are read from the raw comment text (jsdoc.ts), never from TypeScript's JSDoc nodes, so the
 * parser skips building them.
 */
export const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: typescript.ScriptTarget.Latest, jsDocParsingMode: typescript.JSDocParsingMode.ParseNone };

export function scriptKindFor(file: string): ts.ScriptKind {
  if (/\.tsx$/i.test(file)) return typescript.ScriptKind.TSX;
  if (/\.jsx$/i.test(file)) return typescript.ScriptKind.JSX;
  if (/\.[mc]?js$/i.test(file)) return typescript.ScriptKind.JS;
  return typescript.ScriptKind.TS;
}

interface ParseDiagnostic {
  start?: number;
  messageText: string | ts.DiagnosticMessageChain;
}

/**
 * A file with syntax errors is skipped, not half-scanned: the parser recovers from anything, but after an
 * error it may run a declaration into the next one, and findings from such a tree would be wrong. Code that
 * reaches CI compiles; a file that does not is reported with the first error's line.
 */
export function parseError(sourceFile: ts.SourceFile, file: string): Skipped | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ParseDiagnostic[] }).parseDiagnostics;
  if (!diagnostics?.length) return undefined;
  const first = diagnostics[0]!;
  const message = typescript.flattenDiagnosticMessageText(first.messageText, ' ');
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
  return { file, reason: 'parse-error', line: sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1, detail: `${message}${more}` };
}

