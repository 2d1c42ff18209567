/**
 * Scans a list of files one at a time, so only one syntax tree is alive: read, look the file up in the cache,
 * else skip by content, parse, refuse a broken parse, `scanSourceFile`, and store what it returned.
 *
 * The cache holds exactly the per-file object `scanSourceFile` returns (plain data, whatever it grows to
 * hold) or the file's skipped record, keyed by the file's path, its content hash and the scan fingerprint
 * (privmap, rules, the policy's detection section). Nothing here judges against the policy: that is redone
 * from these results on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typescript } from './typescript-api.js';
import { blobHash } from '../../cache/content-hash.js';
import { fileKey } from '../../cache/key.js';
import type { FileCache } from '../../cache/store.js';
import type { Skipped } from '../../finding.js';
import { contentSkipReason, SKIP_DETAIL } from '../discover.js';
import { PARSE_OPTIONS, parseError, scriptSource } from './parse.js';
import { scanSourceFile } from './scan-source-file.js';
import { detachingDetector, detachStrings } from './detached.js';
import type { CodeScanContext, SourceFileScan } from './types.js';

/** A file to scan: its POSIX path relative to the root, and its content hash when known without reading it. */
export interface CodeFile {
  path: string;
  hash?: string;
}

/** What one file yielded: its scan, or why it was skipped. This is what the cache stores. */
export type FileOutcome = { lines: number; scan: SourceFileScan } | { skipped: Skipped };

export interface ScannedFile {
  file: string;
  lines: number;
  scan: SourceFileScan;
}

export interface FilesScan {
  /** In the order of the input files. */
  scanned: ScannedFile[];
  skipped: Skipped[];
  files: number;
  lines: number;
}

export interface ScanCache {
  store: FileCache;
  /** `policyFingerprint(policy)`: what besides the file's content changes its result. */
  fingerprint: string;
}

export interface ScanFilesOptions {
  engine: Pick<CodeScanContext, 'detector' | 'sinks'>;
  /** Reads a file's bytes by its path; default: from the file system under the root. */
  read?: (path: string) => Buffer;
  cache?: ScanCache;
  onFile?: () => void;
  /** Told each file's content hash once known (with a cache): the project snapshot's stat index keeps it. */
  onHash?: (path: string, hash: string) => void;
}

/** Scans one file's text: the work a cache hit saves. */
export function scanText(file: string, text: string, context: CodeScanContext): FileOutcome {
  try {
    const reason = contentSkipReason(text);
    if (reason) return { skipped: { file, reason, detail: SKIP_DETAIL[reason] } };
    // Vue and Svelte components: their script blocks, at their own line numbers.
    const source = scriptSource(file, text);
    const sourceFile = typescript.createSourceFile(file, source.text, PARSE_OPTIONS, false, source.kind);
    const broken = parseError(sourceFile, file);
    if (broken) return { skipped: broken };
    context.file = file;
    // Kept until the link stage: its strings must not keep the file's text alive (detached.ts).
    return { lines: sourceFile.getLineStarts().length, scan: detachStrings(scanSourceFile(sourceFile, context)) };
  } catch (error) {
    return { skipped: { file, reason: 'parse-error', detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}

function unreadable(file: string, error: unknown): FileOutcome {
  return { skipped: { file, reason: 'parse-error', detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
}

/** A cached value is trusted only in the shape this version writes; anything else is scanned again. */
export function isOutcome(value: unknown): value is FileOutcome {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (typeof v.lines === 'number' && !!v.scan && typeof v.scan === 'object') || (!!v.skipped && typeof v.skipped === 'object');
}

export function scanFileList(root: string, files: readonly CodeFile[], options: ScanFilesOptions): FilesScan {
  const read = options.read ?? ((path: string) => readFileSync(join(root, path)));
  // Without a cache the bytes are never hashed: the file is read straight into a string, without a Buffer between.
  const readText = options.read ? (path: string) => options.read!(path).toString('utf8') : (path: string) => readFileSync(join(root, path), 'utf8');
  // The detector's memos live as long as the run: what they keep must not hold files' texts (detached.ts).
  // Asked for when a file is scanned, not when every file is a cache hit: compiling the detector (the engine's
  // getter) costs a process 50 ms, which the first file of a warm `eslint` process paid to read its modules' entries.
  let detector: CodeScanContext['detector'] | undefined;
  const context: CodeScanContext = {
    get detector() {
      return (detector ??= detachingDetector(options.engine.detector));
    },
    sinks: options.engine.sinks,
    file: '',
  };
  const result: FilesScan = { scanned: [], skipped: [], files: 0, lines: 0 };
  const cache = options.cache;
  for (const { path, hash } of files) {
    options.onFile?.();
    let outcome: FileOutcome | undefined;
    if (cache) {
      let bytes: Buffer | undefined;
      try {
        const contentHash = hash ?? blobHash((bytes = read(path)));
        options.onHash?.(path, contentHash);
        const key = fileKey(cache.fingerprint, path, contentHash);
        const cached = cache.store.get(key, isOutcome) as FileOutcome | undefined;
        if (cached) outcome = cached;
        else {
          outcome = scanText(path, (bytes ?? read(path)).toString('utf8'), context);
          cache.store.set(key, outcome);
        }
      } catch (error) {
        outcome = unreadable(path, error);
      }
    } else {
      try {
        outcome = scanText(path, readText(path), context);
      } catch (error) {
        outcome = unreadable(path, error);
      }
    }
    if ('skipped' in outcome) {
      result.skipped.push(outcome.skipped);
      continue;
    }
    result.scanned.push({ file: path, lines: outcome.lines, scan: outcome.scan });
    result.files++;
    result.lines += outcome.lines;
  }
  // The new entries are written together, as one pack (src/cache/pack.ts).
  cache?.store.flush?.();
  return result;
}
