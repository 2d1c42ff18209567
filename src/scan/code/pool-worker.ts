/**
 * One worker thread of the code-scan pool (piscina): builds the detector and sink catalogue once from the
 * plain detection settings it is given, then scans chunks of files exactly as the main thread would
 * (scan-files.ts, cache included: entries are written atomically, so workers share one cache safely).
 */
import { openDiskCache } from '../../cache/store.js';
import { createDetector } from '../../detect/index.js';
import { loadSinkCatalogue } from '../../flows/catalogue.js';
import type { Policy } from '../../policy/types.js';
import { type CodeFile, type FilesScan, scanFileList } from './scan-files.js';

export interface PoolSettings {
  detection: Policy['detection'];
  categories: string[];
  cache?: { dir: string; fingerprint: string };
}

export interface PoolTask {
  root: string;
  files: CodeFile[];
  settings: PoolSettings;
}

let engine: { key: string; detector: ReturnType<typeof createDetector>; sinks: ReturnType<typeof loadSinkCatalogue> } | undefined;

export default function scanChunk({ root, files, settings }: PoolTask): FilesScan {
  const key = JSON.stringify([settings.detection, settings.categories]);
  if (engine?.key !== key) {
    engine = {
      key,
      detector: createDetector({ rules: settings.detection.rules, defaultRegion: settings.detection.defaultRegion, categories: settings.categories }),
      sinks: loadSinkCatalogue(settings.detection.sinks),
    };
  }
  const cache = settings.cache ? { store: openDiskCache(settings.cache.dir), fingerprint: settings.cache.fingerprint } : undefined;
  return scanFileList(root, files, { engine, ...(cache ? { cache } : {}) });
}
