/**
 * The per-file pass on worker threads (piscina), for machines where it pays: files are cut into chunks of
 * about equal bytes (a chunk per worker would leave workers idle behind one big file; a file per task would
 * spend the time in messages), each worker scans its chunks, and the results come back in file order.
 * Measured in `npm run bench -- code-scan`; the README says where it is on by default.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CodeFile, FilesScan } from './scan-files.js';
import type { PoolSettings, PoolTask } from './pool-worker.js';

/** Chunks smaller than this cost more in messages than they gain. */
const MIN_CHUNK_BYTES = 256 * 1024;
/** Chunks per worker: enough that a worker finishing early takes another. */
const CHUNKS_PER_WORKER = 4;

/**
 * Workers the scan uses when the user did not say: none. On the 2-core machine the bench ran on, two workers
 * took 1.6-1.7x and four 2.5-3x the main thread's time (the parser's garbage collector already keeps the
 * second core busy, and each worker pays for loading TypeScript and warming its own detector). A machine
 * with more cores was not available to measure; until one shows a gain, threads are opt-in (`--workers n`).
 */
export const AUTO_WORKERS = { enabled: false, minCores: 4, minBytes: 32 * 1024 * 1024 };

export function autoWorkers(totalBytes: number, cores = availableParallelism(), settings = AUTO_WORKERS): number {
  if (!settings.enabled || cores < settings.minCores || totalBytes < settings.minBytes) return 0;
  return Math.min(cores - 1, 8);
}

export function chunkByBytes(files: readonly CodeFile[], sizes: readonly number[], chunks: number): CodeFile[][] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const target = Math.max(MIN_CHUNK_BYTES, Math.ceil(total / Math.max(1, chunks)));
  const result: CodeFile[][] = [];
  let current: CodeFile[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    current.push(file);
    bytes += sizes[i]!;
    if (bytes >= target) {
      result.push(current);
      current = [];
      bytes = 0;
    }
  });
  if (current.length) result.push(current);
  return result;
}

export function sourceBytes(root: string, files: readonly CodeFile[]): number[] {
  return files.map((f) => {
    try {
      return statSync(join(root, f.path)).size;
    } catch {
      return 0;
    }
  });
}

export async function scanInPool(root: string, files: readonly CodeFile[], workers: number, settings: PoolSettings, onChunk?: (files: number) => void): Promise<FilesScan> {
  const sizes = sourceBytes(root, files);
  const chunks = chunkByBytes(files, sizes, workers * CHUNKS_PER_WORKER);
  // Loaded only when threads are used (off by default): importing piscina costs every start 20-40 ms of CPU.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<PoolTask, FilesScan>({ filename: new URL('./pool-worker.js', import.meta.url).href, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  try {
    const results = await Promise.all(
      chunks.map(async (chunk) => {
        const result = await pool.run({ root, files: chunk, settings });
        onChunk?.(chunk.length);
        return result;
      }),
    );
    const merged: FilesScan = { scanned: [], skipped: [], files: 0, lines: 0 };
    for (const r of results) {
      for (const s of r.scanned) merged.scanned.push(s);
      for (const s of r.skipped) merged.skipped.push(s);
      merged.files += r.files;
      merged.lines += r.lines;
    }
    return merged;
  } finally {
    await pool.destroy();
  }
}
