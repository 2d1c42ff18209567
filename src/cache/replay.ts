/**
 * A run replayed: when nothing a CLI scan read has changed since the same command last ran (same privmap,
 * options and policy file), its output is written again from the cache instead of listing, looking up,
 * linking, judging and rendering it again, like a build tool skipping an up-to-date step. Issue 14: a warm
 * re-scan of an unchanged 10,776-file project spent about 1 s of CPU on work whose result was already known;
 * checking that nothing changed is one `stat` per folder and per file read.
 *
 * One file per project and command line, `projects/<hash of the root>.<hash of the key>.replay`: a first line
 * naming the format, a JSON line (the key, what the run read, its stderr notes, the output's length and SHA-1),
 * then the output's bytes. What the run read (src/cache/run-inputs.ts):
 * - each folder listed, with its stat taken before the listing: unchanged, or else listed again and its
 *   entries (dot files aside) the same, so a new, removed or renamed file is always seen;
 * - each code file, with the stat discovery took before reading it (git's index): size, mtime, ctime and
 *   inode all the same. A file whose mtime is not older than the replay file is *racy* (it may have changed
 *   again within the same timestamp, as git says) and is never trusted: the run is done again;
 * - the files read by name (.gitignore, package.json, tsconfig, SQL, Prisma, the policy), stat-ed when the
 *   replay is written: a replay is written only when none of them changed in the two seconds before the run
 *   started, so the stat seen is the one of the content read (a file rewritten with the same size and mtime
 *   still changes its ctime).
 * The policy file is looked up again (a privacy.yml added above the project is seen). A replay file that does
 * not parse, is of another format or key, or whose output does not match its length and digest (truncated,
 * corrupt, half-written by a killed run) is ignored and rewritten by the full run; each is written whole to a
 * private temporary file and renamed into place, so two concurrent runs each leave a whole one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { makeDirs } from './make-dirs.js';
import { writeWhole, writerTag } from './pack.js';
import { type DirRecord, listingDigest, type RunInputs, type StatRecord } from './run-inputs.js';

const MAGIC = 'privmap-replay 1\n';
/** A file read by name must not have changed this long before the run that records it started (coarse file system clocks). */
const SETTLED_MS = 2000;

interface Header {
  key: string;
  root: string;
  /** The policy file the run read, or null. */
  policy: string | null;
  /** Paths relative to the root where under it. */
  dirs: [string, ...DirRecord][];
  files: [string, ...StatRecord][];
  notes: string;
  length: number;
  sha1: string;
}

export interface Replayed {
  /** The output, as the run wrote it. */
  output: Buffer;
  /** What the run wrote to stderr after its output. */
  notes: string;
}

/** The replay file of `root` for a command line summed up by `key`, in the cache folder `cacheDir`. */
export function replayFile(cacheDir: string, root: string, key: string): string {
  const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
  return join(resolve(cacheDir), 'projects', `${sha1(resolve(root))}.${sha1(key)}.replay`);
}

const sameStat = (a: StatRecord, size: number, mtimeMs: number, ctimeMs: number, ino: number) => a[0] === size && a[1] === mtimeMs && a[2] === ctimeMs && a[3] === ino;

/** The recorded output when the replay file is whole and nothing it names has changed; else undefined (run again). */
export function readReplay(file: string, key: string, root: string, policy: string | undefined, seen?: Map<string, Stats>): Replayed | undefined {
  try {
    return checkedReplay(file, key, root, policy, seen);
  } catch {
    // A header of the wrong shape (a foreign or damaged file that still parses): run again, and rewrite it.
    return undefined;
  }
}

function checkedReplay(file: string, key: string, root: string, policy: string | undefined, seen?: Map<string, Stats>): Replayed | undefined {
  let bytes: Buffer;
  let writtenAt: number;
  try {
    // Stat first: a replay replaced in between only makes more entries racy.
    writtenAt = statSync(file).mtimeMs;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const end = bytes.indexOf(10, MAGIC.length);
  if (end < 0) return undefined;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length, end)) as Header;
  } catch {
    return undefined;
  }
  if (!header || header.key !== key || header.root !== resolve(root) || header.policy !== (policy ?? null) || !Array.isArray(header.dirs) || !Array.isArray(header.files)) return undefined;
  const output = bytes.subarray(end + 1);
  if (output.length !== header.length || typeof header.notes !== 'string') return undefined;
  const prefix = header.root.endsWith(sep) ? header.root : header.root + sep;
  const absolute = (path: string) => (path.startsWith(sep) || /^[A-Za-z]:/.test(path) ? path : prefix + path);
  // With `seen`, every file and folder is stat-ed even past a change: the run that follows takes these stats
  // instead of its own (`takeStat`), so a replay that fails costs the reading of its file, not the stats.
  let valid = true;
  const fail = () => {
    valid = false;
    return !seen;
  };
  for (const entry of header.files) {
    const path = absolute(entry[0]);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && seen) seen.set(path, stat);
    if (valid && (!stat || !sameStat([entry[1], entry[2], entry[3], entry[4]], stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino) || stat.mtimeMs >= writtenAt) && fail()) return undefined;
  }
  for (const [path, mtimeMs, ctimeMs, ino, digest] of header.dirs) {
    const stat = statSync(absolute(path), { throwIfNoEntry: false });
    if (stat && seen) seen.set(absolute(path), stat);
    if (!valid) continue;
    if (!stat) {
      if (fail()) return undefined;
      continue;
    }
    if (stat.mtimeMs === mtimeMs && stat.ctimeMs === ctimeMs && stat.ino === ino && stat.mtimeMs < writtenAt) continue;
    // Changed (or racy): its entries decide, so the temporary file of an output written beside the code does not.
    let same = false;
    try {
      same = listingDigest(readdirSync(absolute(path), { withFileTypes: true })) === digest;
    } catch {
      same = false;
    }
    if (!same && fail()) return undefined;
  }
  if (!valid) return undefined;
  if (createHash('sha1').update(output).digest('hex') !== header.sha1) return undefined;
  return { output, notes: header.notes };
}

export interface ReplayRecord {
  key: string;
  root: string;
  policy: string | undefined;
  inputs: RunInputs;
  /** `Date.now()` when the run started. */
  startedAt: number;
  notes: string;
  /** The output as written, in pieces. */
  output: readonly string[];
}

/** Writes the replay of a finished run; does nothing when a file it read by name may have changed during it. */
export function writeReplay(file: string, record: ReplayRecord): void {
  const root = resolve(record.root);
  const prefix = root.endsWith(sep) ? root : root + sep;
  const relative = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const files: [string, ...StatRecord][] = [];
  for (const [path, stat] of record.inputs.files) files.push([relative(path), ...stat]);
  const named = [...record.inputs.named];
  if (record.policy) named.push(record.policy);
  for (const path of named) {
    if (record.inputs.files.has(path)) continue;
    const stat = statSync(path, { throwIfNoEntry: false });
    // Gone, or changed too recently to tell from its stat whether the run read this content: no replay.
    if (!stat || stat.mtimeMs >= record.startedAt - SETTLED_MS || stat.ctimeMs >= record.startedAt - SETTLED_MS) return;
    files.push([relative(path), stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino]);
  }
  const dirs: [string, ...DirRecord][] = [];
  for (const [path, stat] of record.inputs.dirs) dirs.push([relative(path), ...stat]);
  const output = Buffer.from(record.output.join(''), 'utf8');
  const header: Header = {
    key: record.key,
    root,
    policy: record.policy ?? null,
    dirs,
    files,
    notes: record.notes,
    length: output.length,
    sha1: createHash('sha1').update(output).digest('hex'),
  };
  try {
    makeDirs(join(file, '..'));
    writeWhole(file, Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), output]), writerTag());
  } catch {
    // A read-only cache: the next run is a full one, as without a replay.
  }
}
