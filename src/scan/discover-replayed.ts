/**
 * Discovery's result kept for the run after an edit (src/cache/replay.ts, `Handoff.unchanged`): when the replay
 * check found every folder's entries and every file read by name (each `.gitignore`, the policy and its
 * `ignore:`) as the recorded run saw them, a walk would list the same files, and only a changed file's size can
 * move it past the size limit. Walking 3,000 folders' entries again (ignore rules, sorting, stats) cost a
 * one-file-changed scan of a 10,000-file project about a tenth of its CPU time; the stats come from the check,
 * which took every file's. Only discovery without content checks is kept: those read each file's head.
 */
import { sep } from 'node:path';
import type { Skipped } from '../finding.js';
import { recordingInputs, recordWalk, takeStat, takeWalk, walkKey } from '../cache/run-inputs.js';
import { DEFAULT_MAX_FILE_BYTES, type Discovered, type DiscoverOptions, type FileStat, tooLarge } from './discover.js';

/** Discovery's result as a replay keeps it: without the stats, which the next run takes again. */
interface KeptDiscovery {
  files: string[];
  skipped: Skipped[];
  ignoredCount: number;
  resolutionFiles?: string[];
}

const keyOf = (root: string, options: DiscoverOptions) => walkKey('discover', root, { ...options, maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function isKept(value: unknown): value is KeptDiscovery {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<KeptDiscovery>;
  return (
    isStrings(v.files) &&
    Array.isArray(v.skipped) &&
    v.skipped.every((s) => !!s && typeof s === 'object' && typeof s.file === 'string' && typeof s.reason === 'string') &&
    typeof v.ignoredCount === 'number' &&
    (v.resolutionFiles === undefined || isStrings(v.resolutionFiles))
  );
}

/** The recorded run's discovery, with every file's stat as the replay check took it; undefined when it cannot stand. */
export function knownDiscovery(root: string, options: DiscoverOptions): Discovered | undefined {
  if (options.checkContent !== false || !recordingInputs()) return undefined;
  const key = keyOf(root, options);
  const kept = takeWalk(key);
  if (!isKept(kept) || !!options.keepStats !== (kept.resolutionFiles !== undefined)) return undefined;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const prefix = root.endsWith(sep) ? root : root + sep;
  const stats = new Map<string, FileStat>();
  // Each listed file still within the size limit, each too large one still past it (its size said again).
  for (const path of kept.files) {
    const stat = takeStat(prefix + path);
    if (!stat || stat.size > maxBytes) return undefined;
    stats.set(path, stat);
  }
  const skipped: Skipped[] = [];
  for (const skip of kept.skipped) {
    if (skip.reason !== 'too-large') {
      skipped.push(skip);
      continue;
    }
    const stat = takeStat(prefix + skip.file);
    if (!stat || stat.size <= maxBytes) return undefined;
    stats.set(skip.file, stat);
    skipped.push(tooLarge(skip.file, stat.size, maxBytes));
  }
  recordWalk(key, kept);
  return { files: kept.files.slice(), skipped, ignoredCount: kept.ignoredCount, ...(options.keepStats ? { stats, resolutionFiles: kept.resolutionFiles!.slice() } : {}) };
}

/** Keeps a walk's result for the replay, while a run records its inputs; returns it. */
export function recordDiscovery(root: string, options: DiscoverOptions, discovered: Discovered): Discovered {
  if (options.checkContent !== false || !recordingInputs()) return discovered;
  const { files, skipped, ignoredCount, resolutionFiles } = discovered;
  const kept: KeptDiscovery = { files: files.slice(), skipped: skipped.slice(), ignoredCount, ...(resolutionFiles ? { resolutionFiles: resolutionFiles.slice() } : {}) };
  recordWalk(keyOf(root, options), kept);
  return discovered;
}
