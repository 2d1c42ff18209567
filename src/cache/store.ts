/**
 * Where per-file results are kept between runs. An entry is one JSON file named after its key (a hash of the
 * scan fingerprint, the file's path and its content hash), so entries never change once written and two
 * concurrent runs can only write the same bytes: each writes a private temporary file and renames it into
 * place, which is atomic on one file system, so a reader sees a whole entry or none. An entry that does not
 * parse or names another key (a corrupt or foreign file) is a miss, and is rewritten.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { useCodeCache } from '../scan/code/typescript-api.js';

export interface FileCache {
  /**
   * The entry's value, or undefined when there is none or `accept` refuses it (both count as a miss). With
   * `count` false the stats are left alone: the link stage reading a file's facts is not a scan of it.
   */
  get(key: string, accept?: (value: unknown) => boolean, count?: boolean): unknown;
  set(key: string, value: unknown): void;
  /** Whether an entry is there, without reading it: lets the diff read from git only the files it must scan. */
  has(key: string): boolean;
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

interface Entry {
  key: string;
  value: unknown;
}

/** Entries are spread over 256 folders so no folder grows past a few thousand files. */
const ENTRIES = 'v1';

export class DiskCache implements FileCache {
  readonly stats = { hits: 0, misses: 0, writeErrors: 0 };
  /** Folders known to exist, so a cold run does not stat one per file. */
  private readonly made = new Set<string>();
  /**
   * With `remember`, entries written in this run are also kept in memory: the diff reads unchanged files for
   * both of its sides, and must share them even when the disk refuses writes.
   */
  private readonly memory = new Map<string, unknown>();
  private readonly tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private written = 0;

  constructor(
    readonly dir: string,
    private readonly remember = false,
  ) {}

  private path(key: string): { folder: string; file: string } {
    const folder = join(this.dir, ENTRIES, key.slice(0, 2));
    return { folder, file: join(folder, `${key.slice(2)}.json`) };
  }

  get(key: string, accept: (value: unknown) => boolean = () => true, count = true): unknown {
    const remembered = this.memory.get(key);
    if (remembered !== undefined && accept(remembered)) {
      if (count) this.stats.hits++;
      return remembered;
    }
    let entry: Entry | undefined;
    try {
      entry = JSON.parse(readFileSync(this.path(key).file, 'utf8')) as Entry;
    } catch {
      entry = undefined;
    }
    // A foreign or damaged entry (not ours, truncated, another key) is ignored; the caller rewrites it.
    if (!entry || typeof entry !== 'object' || entry.key !== key || entry.value === undefined || entry.value === null || !accept(entry.value)) {
      if (count) this.stats.misses++;
      return undefined;
    }
    if (count) this.stats.hits++;
    return entry.value;
  }

  has(key: string): boolean {
    return this.memory.has(key) || existsSync(this.path(key).file);
  }

  set(key: string, value: unknown): void {
    if (this.remember) this.memory.set(key, value);
    const { folder, file } = this.path(key);
    const temporary = `${file}.${this.tag}-${this.written++}.tmp`;
    try {
      if (!this.made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.made.add(folder);
      }
      writeFileSync(temporary, JSON.stringify({ key, value } satisfies Entry));
      renameSync(temporary, file);
    } catch {
      // A read-only or full disk makes the cache useless, not the scan wrong: carry on without it.
      this.stats.writeErrors++;
      try {
        rmSync(temporary, { force: true });
      } catch {
        // The folder is not there or not a folder: nothing was written.
      }
    }
  }
}

/**
 * The default cache folder of a project: `node_modules/.cache/privmap` where the project has a
 * `node_modules` (the convention of Babel, ESLint's and Prettier's caches, so `rm -rf node_modules` clears
 * it), else `.privmap-cache/` at the scanned directory, which discovery skips as a dot folder.
 */
export function defaultCacheDir(root: string): string {
  const modules = join(resolve(root), 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'privmap') : join(resolve(root), '.privmap-cache');
}

/** Opens a cache folder; `.privmap-cache` gets a `.gitignore` so it is never committed by accident. */
export function openDiskCache(dir: string, { remember = false }: { remember?: boolean } = {}): DiskCache {
  const absolute = resolve(dir);
  try {
    mkdirSync(absolute, { recursive: true });
    const ignoreFile = join(absolute, '.gitignore');
    if (!existsSync(ignoreFile)) writeFileSync(ignoreFile, '# privmap scan cache: safe to delete\n*\n');
  } catch {
    // Unwritable: every write will fail quietly and the scan runs uncached.
  }
  useCodeCache(join(absolute, 'v8'));
  return new DiskCache(absolute, remember);
}
