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
/**
 * A folder as recorded: its stat, and its entries, whose digest is taken only if the replay is written; or, for a
 * listing taken from the replay check (`takeListing`), that listing's text and digest as recorded.
 */
export type ListedDir = [number, number, number, readonly Dirent[], Listing?];
/** A folder's listing as a replay keeps it: `[listingText, listingDigest]`. */
export type Listing = [string, string];
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
  /**
   * Listings the replay check found unchanged (absolute folder path -> its listing as recorded), each used once:
   * a folder whose mtime, ctime and inode are the ones recorded, and not racy, holds the same entries (git's
   * untracked cache rests on the same rule), so a run after a one-file edit lists no folder again.
   */
  listings: Map<string, Listing>;
  /**
   * What the walks over the listings gave (discovery's files, the SQL and Prisma listing), by walk and options
   * (`walkKey`): kept in the replay, so that the run after an edit that left every folder and every file read by
   * name as it was takes them (`takeWalk`) instead of walking 3,000 folders' entries again.
   */
  walks: Map<string, unknown>;
  /** The walks' results the replay check handed over (`Handoff.unchanged`), each used once. */
  knownWalks: Map<string, unknown>;
}

/** What a replay check that found a change hands to the run that follows (`takeStat`, `takeListing`, `takeWalk`). */
export interface Handoff {
  stats: Map<string, FileStat>;
  listings: Map<string, Listing>;
  /**
   * Set when the change was only to code files' contents: every folder holds the entries recorded (its stat the
   * one recorded, or its entries listed again and the same) and no file read by name changed. The walks' results
   * of the recorded run still hold, and the folders (with their stat now) and the files read by name are what
   * the run after reads, so they are recorded as if it had listed them.
   */
  unchanged?: { walks: Map<string, unknown>; dirs: Map<string, ListedDir>; named: string[] };
}

export const emptyHandoff = (): Handoff => ({ stats: new Map(), listings: new Map() });

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
export async function recordRunInputs<T>(run: () => Promise<T>, handoff = emptyHandoff()): Promise<{ value: T; inputs: RunInputs }> {
  const outer = current;
  const unchanged = handoff.unchanged;
  const inputs: RunInputs = {
    dirs: unchanged ? unchanged.dirs : new Map(),
    files: new Map(),
    named: new Set(unchanged?.named),
    taken: handoff.stats,
    listings: handoff.listings,
    walks: new Map(),
    knownWalks: unchanged ? unchanged.walks : new Map(),
  };
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
 * The listing of `path` the replay check found unchanged, as entries (`name`, `isFile()`, `isDirectory()`,
 * `isSymbolicLink()`, what the walks read), else undefined (list it). The folder's stat comes with it (`takeStat`).
 */
export function takeListing(path: string): { entries: Dirent[]; listing: Listing } | undefined {
  const listings = current?.listings;
  if (!listings?.size) return undefined;
  const listing = listings.get(path);
  if (!listing) return undefined;
  listings.delete(path);
  const entries: Dirent[] = [];
  if (listing[0]) for (const item of listing[0].split('/')) entries.push(new ListedEntry(item.slice(1), item.charCodeAt(0)) as unknown as Dirent);
  return { entries, listing };
}

/** The key a walk's result is kept under: the walk's name, its root and every option that shapes its result. */
export const walkKey = (walk: string, root: string, options: unknown): string => JSON.stringify([walk, root, options]);

/** Keeps a walk's result for the replay, while a run records its inputs. */
export function recordWalk(key: string, value: unknown): void {
  current?.walks.set(key, value);
}

/**
 * The result the same walk gave the recorded run, when the replay check found every folder and every file read by
 * name unchanged since (`Handoff.unchanged`), else undefined (walk). Taken once, and recorded again for the next replay.
 */
export function takeWalk(key: string): unknown {
  const known = current?.knownWalks;
  if (!known?.size || !known.has(key)) return undefined;
  const value = known.get(key);
  known.delete(key);
  return value;
}

const [FILE, DIR, LINK] = ['f', 'd', 'l'].map((kind) => kind.charCodeAt(0));

/** An entry of a recorded listing: what a `Dirent` tells of its kind, without the `readdir`. */
class ListedEntry {
  constructor(
    readonly name: string,
    private readonly kind: number,
  ) {}
  isFile(): boolean {
    return this.kind === FILE;
  }
  isDirectory(): boolean {
    return this.kind === DIR;
  }
  isSymbolicLink(): boolean {
    return this.kind === LINK;
  }
  isBlockDevice(): boolean {
    return false;
  }
  isCharacterDevice(): boolean {
    return false;
  }
  isFIFO(): boolean {
    return false;
  }
  isSocket(): boolean {
    return false;
  }
}

const kindOf = (entry: Dirent) => (entry.isDirectory() ? 'd' : entry.isFile() ? 'f' : entry.isSymbolicLink() ? 'l' : 'o');

/**
 * A folder's listing as a replay keeps it, in `readdir`'s order (the walks keep the order they are given):
 * each entry's kind and name, joined by `/` (no name holds one), dot files aside but `.gitignore` (no walk
 * enters the others).
 */
export function listingText(entries: readonly Dirent[]): string {
  const items: string[] = [];
  for (const entry of entries) if (!entry.name.startsWith('.') || entry.name === '.gitignore') items.push(`${kindOf(entry)}${entry.name}`);
  return items.join('/');
}

/**
 * The entries of a folder that can change what a scan finds: every name but dot files and folders (no walk
 * enters them: an editor's swap file or the temporary file of an atomic write beside the output changes
 * nothing), with `.gitignore`, each with its kind. Sorted, so the order `readdir` gave does not matter.
 */
export function listingDigest(entries: readonly Dirent[]): string {
  const lines: string[] = [];
  for (const entry of entries) if (!entry.name.startsWith('.') || entry.name === '.gitignore') lines.push(`${kindOf(entry)}${entry.name}`);
  lines.sort();
  return createHash('sha1').update(lines.join('\0')).digest('hex');
}
