/**
 * One file per scanned project (`projects/<hash of its absolute path>.json` in the cache folder) that lets a
 * warm scan skip what the per-file entries cannot: reading and hashing every file, reading one entry per
 * file, and linking every file's facts again.
 *
 * - The stat index, like git's: path -> size, mtime, ctime, inode and the content hash they were seen with,
 *   so a file whose stat is unchanged is neither read nor hashed. An entry whose mtime is not older than the
 *   snapshot's own write (a "racy" entry: the file may have changed again within the same timestamp) is
 *   not trusted, and the file is hashed again.
 * - The last scan's state for one fingerprint: per file its content hash, what it yielded (lines or the
 *   skip, and its findings) and what the link stage made of it, plus the link stage's summaries. The link
 *   cache (src/flows/link-cache.ts) decides what of it still holds.
 *
 * The snapshot is an accelerator, never the truth: it is written whole to a private temporary file and
 * renamed into place (two concurrent runs leave one whole snapshot or the other, each consistent in
 * itself), and one that does not parse, is of another format or names another project is ignored and
 * rewritten. Per-file entries stay what `privmap diff` and a lost snapshot fall back on.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding, FlowFinding, Skipped } from '../finding.js';
import type { SummaryEntry } from '../flows/link.js';
import type { ThirdParty } from '../flows/third-parties.js';
import type { FileStat } from '../scan/discover.js';
import { makeDirs } from './make-dirs.js';

/** Bumped when the snapshot's shape changes. */
const SNAPSHOT_FORMAT = 1;

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

export interface ScanState {
  fingerprint: string;
  /** Signature of the module-resolution files (package.json, tsconfig) the link stage read. */
  resolution: string;
  /** Every listed file, in the scan's order. */
  records: Record<string, FileRecord>;
  /** `ProjectLinks.summaryTable()` of the last link. */
  summaries: [string, SummaryEntry[]][];
  thirdParties: ThirdParty[];
}

interface SnapshotFile {
  format: number;
  root: string;
  /** The stat index of files that are not in `scan.records` (package.json, tsconfig files). */
  stats: Record<string, StatRecord>;
  /** Its records also hold the stat index of the files listed (one path and one hash per file on disk). */
  scan?: ScanState;
}

export class ProjectSnapshot {
  /** Stats seen this run, with their hashes: the next snapshot's index. */
  private readonly next = new Map<string, StatRecord>();
  /** Whether anything differs from what was read (a re-hashed, new or removed file, a new scan state). */
  private isDirty = false;

  private constructor(
    private readonly file: string,
    private readonly root: string,
    private readonly stats: Map<string, StatRecord>,
    /** Entries with an mtime at or after this are racy. */
    private readonly racyFrom: number,
    readonly scan: ScanState | undefined,
  ) {}

  /** The snapshot of `root` in the cache folder `dir`, or an empty one when there is none usable. */
  static open(dir: string, root: string): ProjectSnapshot {
    const absolute = resolve(root);
    const file = join(resolve(dir), 'projects', `${createHash('sha1').update(absolute).digest('hex')}.json`);
    let parsed: SnapshotFile | undefined;
    let racyFrom = Number.NEGATIVE_INFINITY;
    try {
      // Stat before reading: if another run replaces it in between, the older time only makes more entries racy.
      racyFrom = statSync(file).mtimeMs;
      parsed = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
    } catch {
      parsed = undefined;
    }
    if (!isSnapshot(parsed, absolute)) return new ProjectSnapshot(file, absolute, new Map(), racyFrom, undefined);
    return new ProjectSnapshot(file, absolute, new Map(Object.entries(parsed.stats)), racyFrom, parsed.scan);
  }

  /** What the index holds for `path`: from its scan record (whatever the fingerprint), else from `stats`. */
  private known(path: string): StatRecord | undefined {
    const record = this.scan?.records[path];
    if (record?.stat && typeof record.hash === 'string') return [...record.stat, record.hash];
    return this.stats.get(path);
  }

  /** The content hash of `path` when its stat is the one indexed and not racy; else undefined (read and hash it). */
  hashOf(path: string, stat: FileStat): string | undefined {
    const known = this.known(path);
    if (!known || known[0] !== stat.size || known[1] !== stat.mtimeMs || known[2] !== stat.ctimeMs || known[3] !== stat.ino || typeof known[4] !== 'string' || stat.mtimeMs >= this.racyFrom) return undefined;
    this.next.set(path, known);
    return known[4];
  }

  /** Records the hash a file was read with, under the stat taken before reading it. */
  record(path: string, stat: FileStat, hash: string): void {
    const known = this.known(path);
    const entry: StatRecord = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash];
    if (!known || known.some((v, i) => v !== entry[i])) this.isDirty = true;
    // A racy entry is rewritten even when nothing changed: the new snapshot's later mtime makes it trusted.
    else if (stat.mtimeMs >= this.racyFrom) this.isDirty = true;
    this.next.set(path, entry);
  }

  /** Writes the snapshot with `scan` when anything changed; quietly does nothing on an unwritable folder. */
  save(scan: ScanState | undefined): void {
    if (!this.isDirty && scan === this.scan && this.next.size === this.seen()) return;
    const stats: Record<string, StatRecord> = {};
    let written = scan;
    if (scan) {
      // Each listed file's stat goes into its record, so its path and hash are written once.
      const records: Record<string, FileRecord> = {};
      for (const [path, record] of Object.entries(scan.records)) {
        const seen = this.next.get(path);
        const stat = record.stat;
        // A record read back with the stat seen again is written as it is: no copy of 10,776 records per run.
        if (seen && seen[4] === record.hash && stat && stat[0] === seen[0] && stat[1] === seen[1] && stat[2] === seen[2] && stat[3] === seen[3]) records[path] = record;
        else records[path] = seen && seen[4] === record.hash ? { ...record, stat: [seen[0], seen[1], seen[2], seen[3]] } : withoutStat(record);
      }
      written = { ...scan, records };
    }
    for (const [path, seen] of this.next) if (!written?.records[path]) stats[path] = seen;
    const body: SnapshotFile = { format: SNAPSHOT_FORMAT, root: this.root, stats, ...(written ? { scan: written } : {}) };
    const temporary = `${this.file}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`;
    try {
      makeDirs(join(this.file, '..'));
      writeFileSync(temporary, JSON.stringify(body));
      renameSync(temporary, this.file);
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written.
      }
    }
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

function isSnapshot(value: unknown, root: string): value is SnapshotFile {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<SnapshotFile>;
  if (v.format !== SNAPSHOT_FORMAT || v.root !== root || !v.stats || typeof v.stats !== 'object') return false;
  if (v.scan !== undefined) {
    const s = v.scan as Partial<ScanState>;
    if (typeof s !== 'object' || typeof s.fingerprint !== 'string' || typeof s.resolution !== 'string' || !s.records || typeof s.records !== 'object' || !Array.isArray(s.summaries) || !Array.isArray(s.thirdParties)) return false;
  }
  return true;
}
