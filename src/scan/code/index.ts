/**
 * The bulk code scan: discovery, then the per-file pass (a parse-only `createSourceFile` and
 * `scanSourceFile` per file, one syntax tree alive at a time, or the file's cached result), then the
 * cross-file pass over all per-file results, then the findings.
 */
import { sep } from 'node:path';
import { DiskCache } from '../../cache/store.js';
import { recordingInputs } from '../../cache/run-inputs.js';
import type { Engine } from '../../engine.js';
import type { Finding, ScanResult, Skipped } from '../../finding.js';
import { linkProject } from '../../flows/project-scan.js';
import type { SinkCatalogue } from '../../flows/types.js';
import { CODE_EXTENSIONS, discoverFiles } from '../discover.js';
import { type CodeFile, type ScanCache, type ScannedFile, scanFileList } from './scan-files.js';
import { autoWorkers, scanInPool, sourceBytes } from './pool.js';
import type { PoolSettings } from './pool-worker.js';
import type { ModuleFacts } from '../../flows/module-facts.js';
import { scanSourceFile } from './scan-source-file.js';
import { scanIncrementally } from './incremental.js';

export { PARSE_OPTIONS, scriptKindFor } from './parse.js';
export { scanSourceFile };
export type { CodeFile, FileOutcome, ScanCache, ScannedFile } from './scan-files.js';
export type { CodeScanContext, SourceFileScan } from './types.js';

export interface CodeScanOptions {
  engine: Pick<Engine, 'detector' | 'sinks'>;
  /** Globs relative to the root (the policy's `ignore:`), in gitignore syntax. */
  ignore?: string[];
  /** Larger files are skipped as `too-large`; default 1 MiB. */
  maxFileBytes?: number;
  /** Per-file results kept between runs; without it every file is parsed. */
  cache?: ScanCache;
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for the per-file pass: a number (0 or 1: none), or `auto` (the default where
   * `detection` is given): workers only with enough cores and source bytes (pool.ts, AUTO_WORKERS).
   */
  workers?: number | 'auto';
  /** The policy's detection settings, which workers build their own detector from; without them no workers. */
  detection?: Omit<PoolSettings, 'cache'>;
}

const byFile = (a: Skipped, b: Skipped) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * The cross-file pass: runs after every file's per-file result is known (fresh or cached), so whatever spans
 * files (wrapper summaries, imports and exports) is linked from plain per-file facts and a cached file needs
 * no re-parse: flows through the project's own wrappers and the third parties its package.json files name.
 */
export function linkFiles(root: string, scanned: readonly ScannedFile[], catalogue: SinkCatalogue): Pick<ScanResult, 'findings' | 'thirdParties'> {
  const findings: Finding[] = [];
  const modules = new Map<string, ModuleFacts>();
  for (const { file, scan } of scanned) {
    for (const finding of scan.fields) findings.push(finding);
    for (const finding of scan.flows) findings.push(finding);
    if (scan.module) modules.set(file, scan.module);
  }
  const linked = linkProject(
    root,
    scanned.map((s) => s.file),
    modules,
    catalogue,
  );
  for (const flow of linked.flows) findings.push(flow);
  return { findings, thirdParties: linked.thirdParties };
}

/** Scans files already listed (the diff lists a commit's files from git); `read` gives their bytes. */
export function scanCodeFiles(root: string, files: readonly CodeFile[], options: CodeScanOptions & { read?: (path: string) => Buffer; skipped?: Skipped[] }): ScanResult {
  const total = files.length;
  let done = 0;
  const scanned = scanFileList(root, files, {
    engine: options.engine,
    ...(options.read ? { read: options.read } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    onFile: () => options.onProgress?.(done++, total),
  });
  options.onProgress?.(total, total);
  const skipped = [...(options.skipped ?? []), ...scanned.skipped].sort(byFile);
  return { ...linkFiles(root, scanned.scanned, options.engine.sinks), skipped, stats: { files: scanned.files, lines: scanned.lines } };
}

export async function scanCode(root: string, options: CodeScanOptions): Promise<ScanResult> {
  const store = options.cache?.store;
  const discovered = await discoverFiles(root, {
    // A disk cache keeps the stats the walk takes anyway, so an unchanged file is not read again.
    keepStats: store instanceof DiskCache,
    extensions: CODE_EXTENSIONS,
    // The content checks run on the text read for parsing, rather than on a second read of each file.
    checkContent: false,
    countUnscanned: true,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
  });
  const inputs = recordingInputs();
  if (inputs && discovered.stats) {
    // Joined by hand: `path.join` normalises each of 10,000 paths, which a one-file-changed run paid for.
    const prefix = root.endsWith(sep) ? root : root + sep;
    for (const [path, s] of discovered.stats) inputs.files.set(prefix + path, [s.size, s.mtimeMs, s.ctimeMs, s.ino]);
  }
  const files = discovered.files.map((path) => ({ path }));
  const workers = options.detection ? workerCount(root, files, options.workers ?? 'auto') : 0;
  // The pool shares a cache only through the disk; an in-memory cache keeps the scan in this thread.
  if (workers > 1 && options.detection && (!store || store instanceof DiskCache)) {
    let done = 0;
    const scanned = await scanInPool(root, files, workers, { ...options.detection, ...(store instanceof DiskCache ? { cache: { dir: store.dir, fingerprint: options.cache!.fingerprint } } : {}) }, (n) =>
      options.onProgress?.((done += n), files.length),
    );
    const skipped = [...discovered.skipped, ...scanned.skipped].sort(byFile);
    return { ...linkFiles(root, scanned.scanned, options.engine.sinks), skipped, stats: { files: scanned.files, lines: scanned.lines } };
  }
  if (store instanceof DiskCache) return scanIncrementally(root, discovered, { engine: options.engine, cache: { store, fingerprint: options.cache!.fingerprint }, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return scanCodeFiles(root, files, { ...options, skipped: discovered.skipped });
}

function workerCount(root: string, files: CodeFile[], workers: number | 'auto'): number {
  if (workers !== 'auto') return workers;
  // Sizes are read only when the machine and the settings would use threads at all.
  return autoWorkers(Number.POSITIVE_INFINITY) === 0 ? 0 : autoWorkers(sourceBytes(root, files).reduce((a, b) => a + b, 0));
}
