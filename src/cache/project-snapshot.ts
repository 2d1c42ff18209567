/**
 * What a warm scan of a project starts from, kept in the cache folder's `projects/` (named by a hash of the
 * project's absolute path), so it can skip what the per-file entries cannot: reading and hashing every file,
 * reading one entry per file, and linking every file's facts again.
 *
 * - The stat index, like git's: path -> size, mtime, ctime, inode and the content hash they were seen with,
 *   so a file whose stat is unchanged is neither read nor hashed. An entry whose mtime is not older than the
 *   write of the file holding it (a "racy" entry: the file may have changed again within the same timestamp)
 *   is not trusted, and the file is hashed again.
 * - The last scan's state for one fingerprint: per file its content hash, what it yielded (lines or the
 *   skip, and its findings) and what the link stage made of it, plus the link stage's summaries. The link
 *   cache (src/flows/link-cache.ts) decides what of it still holds.
 *
 * Three files, so that a run that changed a few files reads and writes about that much, like git's split index:
 * - `<hash>.json`, the base: the stat index and every file's record. Written whole when much changed (another
 *   fingerprint, a relink of the whole project, a file added or removed, or a delta grown past a few percent).
 * - `<hash>.delta.json`: the records that differ from the base's (changed, re-hashed or re-stated files), for the
 *   base it names by id. A one-file-changed run rewrites only this, a few kilobytes.
 * - `<hash>.<digest>.summaries`: the link stage's summaries as a pack (src/cache/pack.ts), named by the SHA-1 of its
 *   bytes, which is checked when it is read: the one thing of the link result a run reads only when it judges
 *   changed files' calls, and then one summary at a time. Written when a whole link made new summaries.
 *
 * The snapshot is an accelerator, never the truth: each file is written whole to a private temporary file and
 * renamed into place, so a reader sees one whole file or another. A delta naming another base than the one
 * read (two concurrent runs), a file that does not parse, is of another format or names another project, and
 * summaries whose digest does not match are ignored (and rewritten by the next write); what remains is a
 * consistent earlier state, or none. Per-file entries stay what `privmap diff` and a lost snapshot fall back on.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding, FlowFinding, Skipped } from '../finding.js';
import type { SummaryEntry } from '../flows/link.js';
import type { ThirdParty } from '../flows/third-parties.js';
import type { FileStat } from '../scan/discover.js';
import { makeDirs } from './make-dirs.js';
import { type PackEntry, packBytes, packInBuffer, writeWhole, writerTag } from './pack.js';

/** Bumped when the snapshot's shape changes (2: base, delta and summaries apart; 3: the summaries hold the project-wide indexes). */
const SNAPSHOT_FORMAT = 3;

/** `[size, mtimeMs, ctimeMs, inode, content hash]`. */
type StatRecord = [number, number, number, number, string];

/** What one file of the last scan yielded and what the link stage made of it. */
export interface FileRecord {
  hash: string;
  /** `[size, mtimeMs, ctimeMs, inode]` the file had when `hash` was taken (the stat index of listed files). */
  stat?: [number, number, number, number];
  /** Lines of a scanned file; absent for a skipped one. */
  lines?: number;
  skipped?: Skipped;
  /** Its own findings (fields, then flows to sinks in the file), as the scanner returned them. */
  findings?: Finding[];
  /** The link stage's flows at its calls through other modules. */
  linked?: FlowFinding[];
  /** `linkSignature` of its module facts; absent when it has none. */
  signature?: string;
}

/** The link stage's summaries (`file\0function` -> entries): a fresh table, or `StoredSummaries`. */
export type SummaryTable = ReadonlyMap<string, SummaryEntry[]>;

export interface ScanState {
  fingerprint: string;
  /** Signature of the module-resolution files (package.json, tsconfig) the link stage read. */
  resolution: string;
  /** Every listed file, in the scan's order. */
  records: Record<string, FileRecord>;
  /** `ProjectLinks.summaryTable()` of the last link. */
  summaries: SummaryTable;
  thirdParties: ThirdParty[];
}

interface BaseFile {
  format: number;
  root: string;
  /** Named by a delta written for this base. */
  id: string;
  /** The stat index of files that are not in `scan.records` (package.json, tsconfig files). */
  stats: Record<string, StatRecord>;
  /** Its records also hold the stat index of the files listed (one path and one hash per file on disk); `summaries` is the digest naming their file. */
  scan?: Omit<ScanState, 'summaries'> & { summaries: string };
}

interface DeltaFile {
  format: number;
  root: string;
  /** The `id` of the base it applies to. */
  base: string;
  /** Replaces the base's. */
  stats: Record<string, StatRecord>;
  /** Records replacing the base's, for paths the base lists. */
  records: Record<string, FileRecord>;
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');
const tag = writerTag;

/**
 * Summaries stored by a whole link, read from their pack file when first asked for (`ready`), then one entry at
 * a time as the link stage looks them up. Iterating gives only those read so far: it is for lookups only.
 */
export class StoredSummaries extends Map<string, SummaryEntry[]> {
  private pack: { get(key: string): unknown } | null | undefined;
  private readonly absent = new Set<string>();

  constructor(
    private readonly file: string,
    readonly digest: string,
  ) {
    super();
  }

  /** Reads the file and checks its digest; false when it is gone or damaged (the caller links everything again). */
  ready(): boolean {
    if (this.pack === undefined) {
      try {
        const bytes = readFileSync(this.file);
        this.pack = sha1(bytes) === this.digest ? (packInBuffer(bytes) ?? null) : null;
      } catch {
        this.pack = null;
      }
    }
    return this.pack !== null;
  }

  override get(key: string): SummaryEntry[] | undefined {
    const known = super.get(key);
    if (known || this.absent.has(key) || !this.ready()) return known;
    const value = this.pack!.get(sha1(key));
    // Each entry holds its own key: a digest collision or a damaged entry is never another function's summary.
    if (Array.isArray(value) && value[0] === key && Array.isArray(value[1])) {
      super.set(key, value[1] as SummaryEntry[]);
      return value[1] as SummaryEntry[];
    }
    this.absent.add(key);
    return undefined;
  }
}

/** Writes a fresh summary table as a pack named by its digest; returns the digest. */
export function writeSummaries(prefix: string, table: SummaryTable): string {
  const entries: PackEntry[] = [];
  for (const [key, value] of table) {
    const hashed = sha1(key);
    entries.push({ key: hashed, bytes: Buffer.from(JSON.stringify({ key: hashed, value: [key, value] })) });
  }
  const bytes = packBytes(entries);
  const digest = sha1(bytes);
  // Written even when a file of that name exists: it may be the damaged copy that made this run relink.
  writeWhole(`${prefix}.${digest}.summaries`, bytes, tag());
  return digest;
}

/**
 * Removes this project's summary files other than `keep` that are over a minute old: a concurrent run may
 * still be about to read the one its base names (and would only relink everything if it were gone).
 */
export function removeOldSummaries(folder: string, name: string, keep: string): void {
  try {
    for (const entry of readdirSync(folder)) {
      if (!entry.startsWith(`${name}.`) || !(entry.endsWith('.summaries') || entry.endsWith('.tmp')) || entry === `${name}.${keep}.summaries`) continue;
      const path = join(folder, entry);
      if (Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, { force: true });
    }
  } catch {
    // Another run removed it meanwhile, or the folder is read-only: only space is lost.
  }
}

function readJson(file: string): { mtimeMs: number; value: unknown } | undefined {
  try {
    // Stat before reading: if another run replaces it in between, the older time only makes more entries racy.
    const mtimeMs = statSync(file).mtimeMs;
    return { mtimeMs, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

export class ProjectSnapshot {
  /** Stats seen this run, with their hashes: the next snapshot's index. */
  private readonly next = new Map<string, StatRecord>();
  /** Paths whose stat was recorded again although unchanged (racy): the next write must hold them with its later time. */
  private readonly restated = new Set<string>();
  /** Whether anything differs from what was read (a re-hashed, new or removed file, a new scan state). */
  private isDirty = false;

  private constructor(
    private readonly folder: string,
    private readonly name: string,
    private readonly root: string,
    private readonly base: BaseFile | undefined,
    private readonly stats: Map<string, StatRecord>,
    /** Entries of the base with an mtime at or after this are racy. */
    private readonly racyFrom: number,
    /** The same for the delta's records and stats. */
    private readonly deltaRacyFrom: number,
    /** Record paths whose record came from the delta. */
    private readonly fromDelta: ReadonlySet<string>,
    readonly scan: ScanState | undefined,
  ) {}

  private get baseFile(): string {
    return join(this.folder, `${this.name}.json`);
  }

  private get deltaFile(): string {
    return join(this.folder, `${this.name}.delta.json`);
  }

  /** The snapshot of `root` in the cache folder `dir`, or an empty one when there is none usable. */
  static open(dir: string, root: string): ProjectSnapshot {
    const absolute = resolve(root);
    const folder = join(resolve(dir), 'projects');
    const name = sha1(absolute);
    const read = readJson(join(folder, `${name}.json`));
    const base = read && isBase(read.value, absolute) ? read.value : undefined;
    const racyFrom = read?.mtimeMs ?? Number.NEGATIVE_INFINITY;
    if (!base) return new ProjectSnapshot(folder, name, absolute, undefined, new Map(), racyFrom, racyFrom, new Set(), undefined);
    let stats = base.stats;
    let deltaRacyFrom = racyFrom;
    const fromDelta = new Set<string>();
    const delta = readJson(join(folder, `${name}.delta.json`));
    if (delta && isDelta(delta.value, absolute, base.id)) {
      stats = delta.value.stats;
      deltaRacyFrom = delta.mtimeMs;
      const records = base.scan?.records;
      if (records) {
        for (const [path, record] of Object.entries(delta.value.records)) {
          if (!Object.hasOwn(records, path)) continue;
          records[path] = record;
          fromDelta.add(path);
        }
      }
    }
    const scan = base.scan ? { ...base.scan, summaries: new StoredSummaries(join(folder, `${name}.${base.scan.summaries}.summaries`), base.scan.summaries) } : undefined;
    return new ProjectSnapshot(folder, name, absolute, base, new Map(Object.entries(stats)), racyFrom, deltaRacyFrom, fromDelta, scan);
  }

  /** Whether a stat taken now at or after `mtimeMs` may hide a later change: the entry's file was written no later. */
  private racy(path: string, mtimeMs: number, isRecord: boolean): boolean {
    return mtimeMs >= (!isRecord || this.fromDelta.has(path) ? this.deltaRacyFrom : this.racyFrom);
  }

  /** The content hash of `path` when its stat is the one indexed and not racy; else undefined (read and hash it). */
  hashOf(path: string, stat: FileStat): string | undefined {
    // From its scan record (whatever the fingerprint), else from `stats`; compared in place, no copy per file.
    const record = this.scan?.records[path];
    if (record?.stat && typeof record.hash === 'string') {
      const [size, mtimeMs, ctimeMs, ino] = record.stat;
      if (size !== stat.size || mtimeMs !== stat.mtimeMs || ctimeMs !== stat.ctimeMs || ino !== stat.ino || this.racy(path, stat.mtimeMs, true)) return undefined;
      this.next.set(path, [size, mtimeMs, ctimeMs, ino, record.hash]);
      return record.hash;
    }
    const known = this.stats.get(path);
    if (!known || known[0] !== stat.size || known[1] !== stat.mtimeMs || known[2] !== stat.ctimeMs || known[3] !== stat.ino || typeof known[4] !== 'string' || this.racy(path, stat.mtimeMs, false)) return undefined;
    this.next.set(path, known);
    return known[4];
  }

  /** What the index holds for `path`. */
  private known(path: string): StatRecord | undefined {
    const record = this.scan?.records[path];
    if (record?.stat && typeof record.hash === 'string') return [...record.stat, record.hash];
    return this.stats.get(path);
  }

  /** Records the hash a file was read with, under the stat taken before reading it. */
  record(path: string, stat: FileStat, hash: string): void {
    const known = this.known(path);
    const entry: StatRecord = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash];
    if (!known || known.some((v, i) => v !== entry[i])) this.isDirty = true;
    // A racy entry is rewritten even when nothing changed: the new file's later mtime makes it trusted.
    else if (this.racy(path, stat.mtimeMs, !!this.scan?.records[path])) {
      this.isDirty = true;
      this.restated.add(path);
    }
    this.next.set(path, entry);
  }

  /** `record` as it is written: with the stat seen this run when its hash is the one seen, else without a stat. */
  private written(path: string, record: FileRecord): FileRecord {
    const seen = this.next.get(path);
    const stat = record.stat;
    // A record read back with the stat seen again is kept as it is: no copy of 10,776 records per run.
    if (seen && seen[4] === record.hash && stat && stat[0] === seen[0] && stat[1] === seen[1] && stat[2] === seen[2] && stat[3] === seen[3]) return record;
    return seen && seen[4] === record.hash ? { ...record, stat: [seen[0], seen[1], seen[2], seen[3]] } : withoutStat(record);
  }

  /** Writes the snapshot with `scan` when anything changed; quietly does nothing on an unwritable folder. */
  save(scan: ScanState | undefined): void {
    if (!this.isDirty && scan === this.scan && this.next.size === this.seen()) return;
    const stats: Record<string, StatRecord> = {};
    for (const [path, seen] of this.next) if (!scan || !Object.hasOwn(scan.records, path)) stats[path] = seen;
    try {
      makeDirs(this.folder);
      if (scan && this.saveDelta(scan, stats)) return;
      let records: Record<string, FileRecord> | undefined;
      if (scan) {
        // Each listed file's stat goes into its record, so its path and hash are written once.
        records = {};
        for (const path in scan.records) records[path] = this.written(path, scan.records[path]!);
      }
      const summaries = scan ? (scan.summaries === this.scan?.summaries && this.base?.scan ? this.base.scan.summaries : writeSummaries(join(this.folder, this.name), scan.summaries)) : undefined;
      const body: BaseFile = { format: SNAPSHOT_FORMAT, root: this.root, id: tag(), stats, ...(scan && records ? { scan: { ...scan, records, summaries: summaries! } } : {}) };
      writeWhole(this.baseFile, JSON.stringify(body), tag());
      // A delta left for the old base names its id: it would be ignored, this only saves reading it.
      rmSync(this.deltaFile, { force: true });
      if (summaries) removeOldSummaries(this.folder, this.name, summaries);
    } catch {
      // A read-only or full disk: the next run starts from the per-file entries.
    }
  }

  /**
   * Writes only what differs from the base read, when the base still describes the same files, fingerprint,
   * resolution files and link result; false when a whole base must be written instead.
   */
  private saveDelta(scan: ScanState, stats: Record<string, StatRecord>): boolean {
    const base = this.base?.scan;
    const previous = this.scan;
    if (!base || !previous || scan.fingerprint !== base.fingerprint || scan.resolution !== base.resolution || scan.summaries !== previous.summaries || scan.thirdParties !== previous.thirdParties) return false;
    const changed: Record<string, FileRecord> = {};
    let count = 0;
    let total = Object.keys(previous.records).length;
    // Past a few percent of the files, reading the delta on every run would cost more than one write of the base.
    const limit = Math.max(64, Math.ceil(total / 32));
    for (const path in scan.records) {
      if (!Object.hasOwn(previous.records, path) || --total < 0) return false;
      const record = this.written(path, scan.records[path]!);
      if (record === previous.records[path] && !this.fromDelta.has(path) && !this.restated.has(path)) continue;
      changed[path] = record;
      if (++count > limit) return false;
    }
    if (total !== 0) return false;
    const body: DeltaFile = { format: SNAPSHOT_FORMAT, root: this.root, base: this.base!.id, stats, records: changed };
    writeWhole(this.deltaFile, JSON.stringify(body), tag());
    return true;
  }

  /** How many files the snapshot read indexes: a save with fewer seen this run drops the removed ones. */
  private seen(): number {
    let count = this.stats.size;
    if (this.scan) for (const record of Object.values(this.scan.records)) if (record.stat) count++;
    return count;
  }
}

function withoutStat(record: FileRecord): FileRecord {
  if (!record.stat) return record;
  const { stat: _stat, ...rest } = record;
  return rest;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

function isBase(value: unknown, root: string): value is BaseFile {
  if (!isObject(value)) return false;
  const v = value as Partial<BaseFile>;
  if (v.format !== SNAPSHOT_FORMAT || v.root !== root || typeof v.id !== 'string' || !isObject(v.stats)) return false;
  if (v.scan !== undefined) {
    const s = v.scan as Partial<BaseFile['scan']> | undefined;
    if (!isObject(s) || typeof s.fingerprint !== 'string' || typeof s.resolution !== 'string' || !isObject(s.records) || typeof s.summaries !== 'string' || !/^[0-9a-f]{40}$/.test(s.summaries) || !Array.isArray(s.thirdParties)) return false;
  }
  return true;
}

function isDelta(value: unknown, root: string, base: string): value is DeltaFile {
  if (!isObject(value)) return false;
  const v = value as Partial<DeltaFile>;
  return v.format === SNAPSHOT_FORMAT && v.root === root && v.base === base && isObject(v.stats) && isObject(v.records);
}
