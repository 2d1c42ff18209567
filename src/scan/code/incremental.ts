/**
 * The code scan with a disk cache: the per-file pass and the link stage, each doing only what changed since
 * the project's last scan (src/cache/project-snapshot.ts).
 *
 * 1. Each listed file's stat (taken by discovery) is looked up in the snapshot's stat index: unchanged, its
 *    content hash is known without reading it; else it is read and hashed.
 * 2. A file whose hash is the one the last scan of this fingerprint saw takes its result from the snapshot
 *    (one read for the whole project, not one entry per file); any other goes through the per-file cache
 *    (`scanFileList`: an entry, else a parse).
 * 3. The link stage runs through the link cache (src/flows/link-cache.ts), which reads from the per-file
 *    cache only the module facts it needs.
 *
 * The result is the one `scanCodeFiles` gives for the same files, finding for finding and in the same order.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { blobHash } from '../../cache/content-hash.js';
import { fileKey } from '../../cache/key.js';
import { type FileRecord, ProjectSnapshot, type ScanState } from '../../cache/project-snapshot.js';
import type { DiskCache } from '../../cache/store.js';
import type { Finding, ScanResult, Skipped } from '../../finding.js';
import { linkIncrementally } from '../../flows/link-cache.js';
import type { ModuleFacts } from '../../flows/module-facts.js';
import type { Discovered, FileStat } from '../discover.js';
import { type CodeFile, type FileOutcome, isOutcome, type ScanCache, scanFileList, type ScanFilesOptions } from './scan-files.js';
import type { SourceFileScan } from './types.js';

export interface IncrementalScanOptions {
  engine: ScanFilesOptions['engine'];
  cache: ScanCache & { store: DiskCache };
  onProgress?: (done: number, total: number) => void;
}

const byFile = (a: Skipped, b: Skipped) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A record read back from disk is used only in the shape this version writes. */
function isRecord(value: FileRecord | undefined): value is FileRecord {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof value.hash === 'string' &&
    (typeof value.lines === 'number' ? value.findings === undefined || Array.isArray(value.findings) : !!value.skipped && typeof value.skipped === 'object') &&
    (value.linked === undefined || Array.isArray(value.linked))
  );
}

/** The package.json and tsconfig files the link stage reads, as one hash (each file's own through the stat index). */
function resolutionSignature(root: string, files: readonly string[], snapshot: ProjectSnapshot): string {
  const hash = createHash('sha1');
  for (const file of files) {
    let contentHash: string;
    try {
      const stat = statSync(join(root, file));
      const seen = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
      contentHash = snapshot.hashOf(file, seen) ?? blobHash(readFileSync(join(root, file)));
      snapshot.record(file, seen, contentHash);
    } catch {
      contentHash = 'unreadable';
    }
    hash.update(`${file}\0${contentHash}\n`);
  }
  return hash.digest('hex');
}

export function scanIncrementally(root: string, discovered: Discovered, options: IncrementalScanOptions): ScanResult {
  const { store, fingerprint } = options.cache;
  const stats = discovered.stats ?? new Map<string, FileStat>();
  const snapshot = ProjectSnapshot.open(store.dir, root);
  const previous = snapshot.scan?.fingerprint === fingerprint ? snapshot.scan : undefined;
  const resolution = resolutionSignature(root, discovered.resolutionFiles ?? [], snapshot);
  const total = discovered.files.length;
  let done = 0;

  // 1-2: every file's record, from the snapshot where its content is the one last scanned.
  const records = new Map<string, FileRecord>();
  const toScan: CodeFile[] = [];
  for (const path of discovered.files) {
    const stat = stats.get(path);
    let hash = stat && snapshot.hashOf(path, stat);
    if (!hash && stat) {
      try {
        hash = blobHash(readFileSync(join(root, path)));
        snapshot.record(path, stat, hash);
      } catch {
        // Unreadable: scanFileList reports it as skipped.
      }
    }
    const kept = previous?.records[path];
    if (hash && isRecord(kept) && kept.hash === hash) {
      records.set(path, kept);
      store.stats.hits++;
      options.onProgress?.(done++, total);
    } else toScan.push(hash ? { path, hash } : { path });
  }
  const fresh = new Map<string, SourceFileScan>();
  if (toScan.length) {
    const hashes = new Map<string, string>();
    const scanned = scanFileList(root, toScan, {
      engine: options.engine,
      cache: options.cache,
      onFile: () => options.onProgress?.(done++, total),
      onHash: (path, hash) => {
        hashes.set(path, hash);
        const stat = stats.get(path);
        if (stat) snapshot.record(path, stat, hash);
      },
    });
    for (const { file, lines, scan } of scanned.scanned) {
      fresh.set(file, scan);
      const own = [...scan.fields, ...scan.flows];
      records.set(file, { hash: hashes.get(file) ?? '', lines, ...(own.length ? { findings: own } : {}) });
    }
    for (const skipped of scanned.skipped) records.set(skipped.file, { hash: hashes.get(skipped.file) ?? '', skipped });
  }
  options.onProgress?.(total, total);

  // 3: the link stage over the scanned (not skipped) files.
  const files = discovered.files.filter((path) => records.get(path)?.lines !== undefined);
  const changed = new Set(files.filter((path) => previous?.records[path]?.hash !== records.get(path)!.hash));
  const sameFiles = !!previous && previous.resolution === resolution && Object.values(previous.records).filter((r) => r.lines !== undefined).length === files.length && files.every((path) => previous.records[path]?.lines !== undefined);
  const factsOf = (file: string): ModuleFacts | undefined => {
    const scan = fresh.get(file);
    if (scan) return scan.module;
    const hash = records.get(file)!.hash;
    const cached = store.get(fileKey(fingerprint, file, hash), isOutcome, false) as FileOutcome | undefined;
    if (cached && 'scan' in cached) return cached.scan.module;
    // The entry is gone (a cleaned cache folder) or damaged: the file is scanned again, and its entry rewritten.
    return scanFileList(root, [{ path: file, hash }], { engine: options.engine, cache: options.cache }).scanned[0]?.scan.module;
  };
  const link = linkIncrementally({
    root,
    files,
    catalogue: options.engine.sinks,
    factsOf,
    changed,
    ...(sameFiles ? { previous: previous! } : {}),
  });

  // The result, in scanCodeFiles' order: every file's own findings, then the linked flows by file.
  const findings: Finding[] = [];
  const skipped: Skipped[] = [...discovered.skipped];
  let lines = 0;
  let isSame = link.mode === 'reused' && !!previous && records.size === Object.keys(previous.records).length;
  const nextRecords: Record<string, FileRecord> = {};
  for (const path of discovered.files) {
    let record = records.get(path)!;
    if (record.skipped) skipped.push(record.skipped);
    else {
      lines += record.lines!;
      if (record.findings) for (const finding of record.findings) findings.push(finding);
      const linked = link.linked.get(path);
      const signature = link.signatures.get(path);
      if (record.linked !== linked || record.signature !== signature) {
        record = { ...record, ...(linked ? { linked } : {}), ...(signature ? { signature } : {}) };
        if (!linked) delete record.linked;
        if (!signature) delete record.signature;
      }
    }
    if (previous?.records[path] !== record) isSame = false;
    nextRecords[path] = record;
  }
  for (const path of [...link.linked.keys()].sort()) for (const flow of link.linked.get(path)!) findings.push(flow);
  const state: ScanState | undefined = isSame ? previous : { fingerprint, resolution, records: nextRecords, summaries: link.summaries, thirdParties: link.thirdParties };
  snapshot.save(state);
  return { findings, thirdParties: link.thirdParties, skipped: skipped.sort(byFile), stats: { files: files.length, lines } };
}
