/**
 * Scans a list of files one at a time, so only one syntax tree is alive: read, skip by content, parse, refuse
 * a broken parse, then `scanSourceFile`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { Finding, Skipped } from '../../finding.js';
import { contentSkipReason, SKIP_DETAIL } from '../discover.js';
import { PARSE_OPTIONS, parseError, scriptKindFor } from './parse.js';
import { scanSourceFile } from './scan-source-file.js';
import type { CodeScanContext } from './types.js';

export interface FilesScan {
  findings: Finding[];
  skipped: Skipped[];
  files: number;
  lines: number;
}

function parse(root: string, file: string): ts.SourceFile | Skipped {
  try {
    const text = readFileSync(join(root, file), 'utf8');
    const reason = contentSkipReason(text);
    if (reason) return { file, reason, detail: SKIP_DETAIL[reason] };
    const sourceFile = typescript.createSourceFile(file, text, PARSE_OPTIONS, false, scriptKindFor(file));
    return parseError(sourceFile, file) ?? sourceFile;
  } catch (error) {
    return { file, reason: 'parse-error', detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

export function scanFiles(root: string, files: readonly string[], engine: Pick<CodeScanContext, 'detector' | 'sinks'>, onFile?: () => void): FilesScan {
  const result: FilesScan = { findings: [], skipped: [], files: 0, lines: 0 };
  const context: CodeScanContext = { detector: engine.detector, sinks: engine.sinks, file: '' };
  for (const file of files) {
    onFile?.();
    const parsed = parse(root, file);
    if (!('kind' in parsed)) {
      result.skipped.push(parsed);
      continue;
    }
    context.file = file;
    const scan = scanSourceFile(parsed, context);
    for (const finding of scan.fields) result.findings.push(finding);
    for (const finding of scan.flows) result.findings.push(finding);
    result.files++;
    result.lines += parsed.getLineStarts().length;
  }
  return result;
}
