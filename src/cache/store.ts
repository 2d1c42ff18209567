/**
 * Where per-file results are kept between runs. Each entry is keyed by a hash of the scan fingerprint, the
 * file's path and its content hash, so an entry never changes once written and two concurrent runs can only
 * write the same value for a key. A run's new entries are kept in memory and written together as one pack
 * (src/cache/pack.ts) when its file list is scanned, or earlier once they pass 16 MB: one file per run instead
 * of one per scanned file. A pack is written to a private temporary file and renamed into place, which is
 * atomic on one file system, so a reader sees a whole pack or none. An entry that does not parse or names
 * another key (a corrupt or foreign pack) is a miss, and is rewritten into the next pack.
 */
import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { useCodeCache } from '../scan/code/typescript-api.js';
import { makeDirs } from './make-dirs.js';
import { isPackKey, type Location, type PackEntry, type PackIndex, readPackEntry, readPackIndex, writePack, writerTag } from './pack.js';

export interface FileCache {
  /**
   * The entry's value, or undefined when there is none or `accept` refuses it (both count as a miss). With
   * `count` false the stats are left alone: the link stage reading a file's facts is not a scan of it.
   */
  get(key: string, accept?: (value: unknown) => boolean, count?: boolean): unknown;
  set(key: string, value: unknown): void;
  /** Whether an entry is there, without reading it: lets the diff read from git only the files it must scan. */
  has(key: string): boolean;
  /** Writes what `set` has kept in memory; called when a list of files is scanned. */
  flush?(): void;
  /** Hits and misses so far, for summaries and the benchmark. */
  readonly stats: { hits: number; misses: number; writeErrors: number };
}

/** One run's cache, for `--no-cache` where the diff still needs both sides to share unchanged files. */
export class MemoryCache implements FileCache {
  private readonly entries = new Map<string, unknown>();
  readonly stats = { hits: 0, misses: 0, writeErrors: 0 };
  get(key: string, accept: (value: unknown) => boolean = () => true, count = true): unknown {
    const value = this.entries.get(key);
    if (value === undefined || !accept(value)) {
      if (count) this.stats.misses++;
      return undefined;
    }
    if (count) this.stats.hits++;
    return value;
  }
  set(key: string, value: unknown): void {
    this.entries.set(key, value);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
}

/** The folder of packs; `v1/` held one file per entry before packs (retired with the fingerprint's code hash). */
const PACKS = 'packs';
/** A run writes its entries once they pass this size, so a huge cold scan does not hold them all in memory. */
const SEGMENT_BYTES = 16 << 20;
/**
 * With more packs than this, a flush merges the small ones (one-file-changed runs add one each) into the pack
 * it writes and removes them: a miss reads every pack's index, so their number must stay small.
 */
const MAX_PACKS = 24;
const SMALL_PACK_BYTES = 4 << 20;

export class DiskCache implements FileCache {
  readonly stats = { hits: 0, misses: 0, writeErrors: 0 };
  /**
   * With `remember`, entries written in this run are also kept in memory: the diff reads unchanged files for
   * both of its sides, and must share them even when the disk refuses writes.
   */
  private readonly memory = new Map<string, unknown>();
  /** Entries set and not yet written, with their values: a `get` in the same run sees them. */
  private pending: PackEntry[] = [];
  private pendingValues = new Map<string, unknown>();
  private pendingBytes = 0;
  /** Every pack's index, newest pack first; read at the first lookup that memory cannot answer. */
  private index: PackIndex[] | undefined;
  private readonly tag = writerTag();
  private written = 0;

  constructor(
    readonly dir: string,
    private readonly remember = false,
  ) {}

  private get packs(): string {
    return join(this.dir, PACKS);
  }

  get(key: string, accept: (value: unknown) => boolean = () => true, count = true): unknown {
    const kept = this.memory.get(key) ?? this.pendingValues.get(key);
    if (kept !== undefined && accept(kept)) {
      if (count) this.stats.hits++;
      return kept;
    }
    // A foreign or damaged entry (not ours, truncated, another key) is passed over; the caller rewrites it.
    for (const location of this.locations(key)) {
      const value = readPackEntry(location, key);
      if (value !== undefined && value !== null && accept(value)) {
        if (count) this.stats.hits++;
        return value;
      }
    }
    if (count) this.stats.misses++;
    return undefined;
  }

  has(key: string): boolean {
    return this.memory.has(key) || this.pendingValues.has(key) || this.locations(key).length > 0;
  }

  set(key: string, value: unknown): void {
    if (this.remember) this.memory.set(key, value);
    // Keys are `fileKey` digests; anything else has no place in a pack's fixed-width index.
    if (!isPackKey(key)) {
      this.stats.writeErrors++;
      return;
    }
    const bytes = Buffer.from(JSON.stringify({ key, value }));
    if (!this.pending.length) unflushed.add(this);
    this.pending.push({ key, bytes });
    this.pendingValues.set(key, value);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= SEGMENT_BYTES) this.flush();
  }

  flush(): void {
    unflushed.delete(this);
    if (!this.pending.length) return;
    const entries = this.pending;
    this.pending = [];
    this.pendingValues = new Map();
    this.pendingBytes = 0;
    const file = join(this.packs, `${Date.now().toString(36).padStart(9, '0')}-${this.tag}-${this.written++}.pack`);
    try {
      makeDirs(this.packs);
      const merged = this.smallPacksToMerge();
      const keys = new Set(entries.map((e) => e.key));
      for (const pack of merged) {
        for (const entry of pack.entries) {
          if (keys.has(entry.key)) continue;
          keys.add(entry.key);
          entries.push(entry);
        }
      }
      writePack(file, entries, this.tag);
      // Another run may be reading a merged pack: it then misses, and scans that file again.
      for (const pack of merged) rmSync(pack.file, { force: true });
      if (this.index) {
        const written = readPackIndex(file);
        this.index = [...(written ? [written] : []), ...this.index.filter((pack) => !merged.some((m) => m.file === pack.file))];
      }
    } catch {
      // A read-only or full disk makes the cache useless, not the scan wrong: carry on without it.
      this.stats.writeErrors += entries.length;
    }
  }

  /** Pack files, newest first (their names start with the time they were written). */
  private packFiles(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.packs);
    } catch {
      return [];
    }
    // A temporary file an hour old belongs to a run killed while writing (SIGKILL, power loss): remove it.
    for (const name of names) {
      if (!name.endsWith('.tmp')) continue;
      try {
        if (Date.now() - statSync(join(this.packs, name)).mtimeMs > 3_600_000) rmSync(join(this.packs, name), { force: true });
      } catch {
        // Renamed or removed by its run meanwhile.
      }
    }
    return names
      .filter((name) => name.endsWith('.pack'))
      .sort()
      .reverse()
      .map((name) => join(this.packs, name));
  }

  private smallPacksToMerge(): { file: string; entries: PackEntry[] }[] {
    const files = this.packFiles();
    if (files.length < MAX_PACKS) return [];
    const merged: { file: string; entries: PackEntry[] }[] = [];
    for (const file of files) {
      try {
        if (statSync(file).size >= SMALL_PACK_BYTES) continue;
        const index = readPackIndex(file);
        const bytes = readFileSync(file);
        // A pack that is not one (foreign, truncated head) is removed with the others: it was never read.
        const entries = [...(index?.entries() ?? [])].filter(([, l]) => l.offset + l.length <= bytes.length).map(([key, l]) => ({ key, bytes: bytes.subarray(l.offset, l.offset + l.length) }));
        merged.push({ file, entries });
      } catch {
        // Removed by another run's merge meanwhile.
      }
    }
    return merged;
  }

  /** Where `key` is stored, newest pack first (an older copy is read when a newer one is damaged). */
  private locations(key: string): Location[] {
    this.index ??= this.packFiles().flatMap((file) => readPackIndex(file) ?? []);
    const found: Location[] = [];
    for (const pack of this.index) {
      const location = pack.get(key);
      if (location) found.push(location);
    }
    return found;
  }
}

/**
 * Caches holding entries not yet written. A run that ends early (an error, an interrupt: the CLI exits on
 * SIGINT after the scan's synchronous part) still writes them, whole, when the process exits.
 */
const unflushed = new Set<DiskCache>();
process.once('exit', () => {
  for (const cache of [...unflushed]) cache.flush();
});

/**
 * The default cache folder of a project: `node_modules/.cache/privmap` where the project has a
 * `node_modules` (the convention of Babel, ESLint's and Prettier's caches, so `rm -rf node_modules` clears
 * it), else `.privmap-cache/` at the scanned directory, which discovery skips as a dot folder.
 */
export function defaultCacheDir(root: string): string {
  const modules = join(resolve(root), 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'privmap') : join(resolve(root), '.privmap-cache');
}

/**
 * Opens a cache folder; `.privmap-cache` gets a `.gitignore` so it is never committed by accident. A folder
 * that cannot be made (a parent is a file, under /proc, no permission) is one warning and a cache in memory
 * only: the scan goes on, uncached, with the same result and exit code. One that exists but cannot be written
 * is one warning too, and is still read.
 */
export function openDiskCache(dir: string, { remember = false }: { remember?: boolean } = {}): FileCache {
  const absolute = resolve(dir);
  try {
    makeDirs(absolute);
  } catch (error) {
    warnOnce(absolute, `cache folder ${absolute} cannot be created (${reason(error)}); scanning without a cache`);
    return new MemoryCache();
  }
  try {
    accessSync(absolute, constants.W_OK);
    const ignoreFile = join(absolute, '.gitignore');
    if (!existsSync(ignoreFile)) writeFileSync(ignoreFile, '# privmap scan cache: safe to delete\n*\n');
  } catch (error) {
    warnOnce(absolute, `cache folder ${absolute} cannot be written (${reason(error)}); this run's results are not kept`);
  }
  useCodeCache(join(absolute, 'v8'));
  return new DiskCache(absolute, remember);
}

const warned = new Set<string>();

/** Once per folder and process: the diff opens the cache for each side. Printed by the CLI as one line. */
function warnOnce(dir: string, message: string): void {
  if (warned.has(dir)) return;
  warned.add(dir);
  process.emitWarning(message, 'PrivmapCacheWarning');
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
