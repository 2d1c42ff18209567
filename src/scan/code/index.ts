/**
 * The bulk code scan: discovery, then for each file a parse-only `createSourceFile` (no Program, no type
 * checker) and `scanSourceFile`, one file at a time so only one syntax tree is alive.
 */
import type { Engine } from '../../engine.js';
import type { ScanResult } from '../../finding.js';
import { CODE_EXTENSIONS, discoverFiles } from '../discover.js';
import { scanFiles } from './scan-files.js';
import { scanSourceFile } from './scan-source-file.js';

export { PARSE_OPTIONS, scriptKindFor } from './parse.js';
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

export async function scanCode(root: string, options: CodeScanOptions): Promise<ScanResult> {
  const discovered = await discoverFiles(root, {
    extensions: CODE_EXTENSIONS,
    // The content checks run on the text read for parsing, rather than on a second read of each file.
    checkContent: false,
    countUnscanned: true,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const total = discovered.files.length;
  let done = 0;
  const scanned = scanFiles(root, discovered.files, options.engine, () => options.onProgress?.(done++, total));
  options.onProgress?.(total, total);
  const skipped = [...discovered.skipped, ...scanned.skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { findings: scanned.findings, skipped, stats: { files: scanned.files, lines: scanned.lines } };
}
