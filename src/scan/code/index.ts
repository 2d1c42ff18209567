/**
 * The bulk code scan: discovery, then for each file a parse-only `createSourceFile` (no Program, no type
 * checker) and `scanSourceFile`, one file at a time so only one syntax tree is alive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Engine } from '../../engine.js';
import type { ScanResult, Skipped } from '../../finding.js';
import { CODE_EXTENSIONS, contentSkipReason, discoverFiles, SKIP_DETAIL } from '../discover.js';
import { scanSourceFile } from './scan-source-file.js';
import type { CodeScanContext } from './types.js';

export { scanSourceFile };
export type { CodeScanContext, SourceFileScan } from './types.js';

export interface CodeScanOptions {
  engine: Engine;
  /** Globs relative to the root (the policy's `ignore:`), in gitignore syntax. */
  ignore?: string[];
  /** Larger files are skipped as `too-large`; default 1 MiB. */
  maxFileBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

export function scriptKindFor(file: string): ts.ScriptKind {
  if (/\.tsx$/i.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/i.test(file)) return ts.ScriptKind.JSX;
  if (/\.[mc]?js$/i.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
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
function parseError(sourceFile: ts.SourceFile, file: string): Skipped | undefined {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ParseDiagnostic[] }).parseDiagnostics;
  if (!diagnostics?.length) return undefined;
  const first = diagnostics[0]!;
  const message = ts.flattenDiagnosticMessageText(first.messageText, ' ');
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
  return { file, reason: 'parse-error', line: sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1, detail: `${message}${more}` };
}

export async function scanCode(root: string, options: CodeScanOptions): Promise<ScanResult> {
  const discovered = await discoverFiles(root, {
    extensions: CODE_EXTENSIONS,
    // The content checks run here on the text read for parsing, rather than on a second read of each file.
    checkContent: false,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const result: ScanResult = { findings: [], skipped: [...discovered.skipped], stats: { files: 0, lines: 0 } };
  const context: CodeScanContext = { detector: options.engine.detector, sinks: options.engine.sinks, file: '' };
  const total = discovered.files.length;
  let done = 0;
  for (const file of discovered.files) {
    options.onProgress?.(done++, total);
    let sourceFile: ts.SourceFile;
    try {
      const text = readFileSync(join(root, file), 'utf8');
      const reason = contentSkipReason(text);
      if (reason) {
        result.skipped.push({ file, reason, detail: SKIP_DETAIL[reason] });
        continue;
      }
      sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindFor(file));
    } catch (error) {
      result.skipped.push({ file, reason: 'parse-error', detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
      continue;
    }
    const broken = parseError(sourceFile, file);
    if (broken) {
      result.skipped.push(broken);
      continue;
    }
    context.file = file;
    const scan = scanSourceFile(sourceFile, context);
    for (const finding of scan.fields) result.findings.push(finding);
    for (const finding of scan.flows) result.findings.push(finding);
    result.stats.files++;
    result.stats.lines += sourceFile.getLineStarts().length;
  }
  options.onProgress?.(done, total);
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return result;
}
