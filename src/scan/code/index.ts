/** The bulk code scan: parse-only (no Program, no type checker) for speed, one file at a time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Engine } from '../../engine.js';
import type { ScanResult, Skipped } from '../../finding.js';
import { CODE_EXTENSIONS, contentSkipReason, discoverFiles } from '../discover.js';
import { scanSourceFile } from './scan-source-file.js';

export { scanSourceFile };

export interface CodeScanOptions {
  engine: Engine;
  ignore?: string[];
  maxFileBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

export function scriptKindFor(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.[mc]?js$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

interface ParseDiagnostic {
  start: number;
  messageText: string | { messageText: string };
}

export async function scanCode(root: string, options: CodeScanOptions): Promise<ScanResult> {
  const discovered = await discoverFiles(root, { extensions: CODE_EXTENSIONS, ...(options.ignore ? { ignore: options.ignore } : {}), ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}) });
  const result: ScanResult = { findings: [], skipped: [...discovered.skipped], stats: { files: 0, lines: 0 } };
  const context = { detector: options.engine.detector, sinks: options.engine.sinks, file: '' };
  let done = 0;
  for (const file of discovered.files) {
    options.onProgress?.(done++, discovered.files.length);
    const text = readFileSync(join(root, file), 'utf8');
    const reason = contentSkipReason(text);
    if (reason) {
      result.skipped.push({ file, reason });
      continue;
    }
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindFor(file));
    // The parser recovers from anything; a file with syntax errors is reported, not half-scanned.
    const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ParseDiagnostic[] }).parseDiagnostics ?? [];
    if (diagnostics.length > 0) {
      const first = diagnostics[0]!;
      const message = typeof first.messageText === 'string' ? first.messageText : first.messageText.messageText;
      const skipped: Skipped = { file, reason: 'parse-error', line: sourceFile.getLineAndCharacterOfPosition(first.start).line + 1, detail: message };
      result.skipped.push(skipped);
      continue;
    }
    context.file = file;
    const scan = scanSourceFile(sourceFile, context);
    result.findings.push(...scan.fields, ...scan.flows);
    result.stats.files++;
    result.stats.lines += sourceFile.getLineStarts().length;
  }
  options.onProgress?.(done, discovered.files.length);
  return result;
}
