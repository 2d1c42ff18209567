/**
 * What one CLI scan read from the project, recorded while it runs so the run can be replayed (./replay.ts):
 * every folder listed (its stat taken before the `readdir`, and a digest of the entries that matter), every
 * code file discovery stat-ed (before it was read or looked up in the stat index), and the other files the
 * scan reads by name (.gitignore, package.json, tsconfig, SQL and Prisma files). Recording is off outside
 * `recordRunInputs`, so the ESLint plugin and the library pay nothing.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import type { FileStat } from '../scan/discover.js';

/** `[mtimeMs, ctimeMs, inode]` of a folder, and the digest of its listing (`listingDigest`). */
export type DirRecord = [number, number, number, string];
/** A folder as recorded: its stat, and its entries, whose digest is taken only if the replay is written. */
export type ListedDir = [number, number, number, readonly Dirent[]];
/** `[size, mtimeMs, ctimeMs, inode]`. */
export type StatRecord = [number, number, number, number];

export interface RunInputs {
  /** Absolute folder path -> its stat before the listing was read, and the listing. */
  dirs: Map<string, ListedDir>;
  /** Absolute file path -> the stat discovery took before the file's content was read or looked up. */
  files: Map<string, StatRecord>;
  /** Absolute paths of files read by name besides the code (stat-ed when the replay is written). */
  named: Set<string>;
  /**
   * Stats taken just before the run by a replay that found a change (absolute path -> stat), each used once: the
   * four numbers only, since 14,000 `fs.Stats` (four `Date`s each) kept through a scan cost it 8 % more time in
   * garbage collection.
   */
  taken: Map<string, FileStat>;
}

/**
 * Files the scan reads because of their name, not their extension: ignore rules, manifests and tsconfig files
 * the link stage resolves imports with, SQL migrations, Prisma schemas, drizzle's migration journal.
 */
export const NAMED_INPUT = /^(?:\.gitignore|package\.json|[tj]sconfig(?:\.[\w.-]+)?\.json|_journal\.json|.*\.(?:sql|prisma))$/i;

let current: RunInputs | undefined;

/** The inputs being recorded, if a run is recording. */
export function recordingInputs(): RunInputs | undefined {
  return current;
}

/** Runs `run` with its inputs recorded; returns its result and what it read. */
export async function recordRunInputs<T>(run: () => Promise<T>, taken = new Map<string, FileStat>()): Promise<{ value: T; inputs: RunInputs }> {
  const outer = current;
  const inputs: RunInputs = { dirs: new Map(), files: new Map(), named: new Set(), taken };
  current = inputs;
  try {
    return { value: await run(), inputs };
  } finally {
    current = outer;
  }
}

/**
 * The stat of `path` taken just before this run (by the replay check), else undefined: a stat taken earlier is
 * as good as one taken now for what reads the file after it (the content read is never older than the stat).
 */
export function takeStat(path: string): FileStat | undefined {
  const taken = current?.taken;
  if (!taken?.size) return undefined;
  const stat = taken.get(path);
  if (stat) taken.delete(path);
  return stat;
}

/**
 * The entries of a folder that can change what a scan finds: every name but dot files and folders (no walk
 * enters them: an editor's swap file or the temporary file of an atomic write beside the output changes
 * nothing), with `.gitignore`, each with its kind. Sorted, so the order `readdir` gave does not matter.
 */
export function listingDigest(entries: readonly Dirent[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') && entry.name !== '.gitignore') continue;
    const kind = entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : entry.isSymbolicLink() ? 'l' : 'o';
    lines.push(`${kind}${entry.name}`);
  }
  lines.sort();
  return createHash('sha1').update(lines.join('\0')).digest('hex');
}
