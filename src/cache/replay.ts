/**
 * A run replayed: when nothing a CLI scan read has changed since the same command last ran (same privmap,
 * options and policy file), its output is written again from the cache instead of listing, looking up,
 * linking, judging and rendering it again, like a build tool skipping an up-to-date step. Issue 14: a warm
 * re-scan of an unchanged 10,776-file project spent about 1 s of CPU on work whose result was already known;
 * checking that nothing changed is one `stat` per folder and per file read.
 *
 * Per project and command line, `projects/<hash of the root>.<hash of the key>.replay`: a line naming the format,
 * then JSON (the key, what the run read, its stderr notes, the output's length and SHA-1); the output's bytes are
 * in `<same name>.<SHA-1>.out`, a copy of the output file just written (the kernel copies it: no second encoding
 * of a report of megabytes). What the run read (src/cache/run-inputs.ts):
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
import { copyFileSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { makeDirs } from './make-dirs.js';
import { writeWhole, writerTag } from './pack.js';
import { type DirRecord, type Handoff, type ListedDir, listingDigest, listingText, type RunInputs, type StatRecord } from './run-inputs.js';

const MAGIC = 'privmap-replay 4\n';
/** A file read by name must not have changed this long before the run that records it started (coarse file system clocks). */
const SETTLED_MS = 2000;
/** Folders a run may list afresh (rather than take from the replay it follows) and still always write its replay. */
const FRESH_LISTINGS = 64;

interface Header {
  key: string;
  root: string;
  /** The policy file the run read, or null. */
  policy: string | null;
  /** Paths relative to the root where under it; each folder with its listing (`listingText`). */
  dirs: [string, ...DirRecord, string][];
  files: [string, ...StatRecord][];
  /** Which of `files` were read by name (relative where under the root): any change to one of them is more than an edit of code. */
  named: string[];
  /**
   * The walks' results (`RunInputs.walks`, as JSON text: parsed only by a run after an edit that changed no folder's
   * entries, never by a replay, which a list of 10,000 paths would cost 10-15 ms).
   */
  walks: string;
  notes: string;
  /** The output's length and SHA-1, which also names the file holding it. */
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

/** The file holding the output of a replay: named by its SHA-1, so concurrent runs never write different bytes to one name. */
const outputFile = (file: string, sha1: string) => `${file.slice(0, -'.replay'.length)}.${sha1}.out`;

/** The recorded output when the replay file is whole and nothing it names has changed; else undefined (run again). */
export function readReplay(file: string, key: string, root: string, policy: string | undefined, handoff?: Handoff, found?: { sha1?: string }): Replayed | undefined {
  try {
    return checkedReplay(file, key, root, policy, handoff, found);
  } catch {
    // A header of the wrong shape (a foreign or damaged file that still parses): run again, and rewrite it.
    return undefined;
  }
}

function checkedReplay(file: string, key: string, root: string, policy: string | undefined, handoff?: Handoff, found?: { sha1?: string }): Replayed | undefined {
  let text: string;
  let writtenAt: number;
  try {
    // Stat first: a replay replaced in between only makes more entries racy.
    writtenAt = statSync(file).mtimeMs;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (!text.startsWith(MAGIC)) return undefined;
  let header: Header;
  try {
    header = JSON.parse(text.slice(MAGIC.length)) as Header;
  } catch {
    return undefined;
  }
  if (!header || header.key !== key || header.root !== resolve(root) || header.policy !== (policy ?? null) || !Array.isArray(header.dirs) || !Array.isArray(header.files)) return undefined;
  if (typeof header.notes !== 'string' || typeof header.sha1 !== 'string' || !/^[0-9a-f]{40}$/.test(header.sha1)) return undefined;
  if (found) found.sha1 = header.sha1;
  const prefix = header.root.endsWith(sep) ? header.root : header.root + sep;
  // Relative paths are joined by hand: `path.join` normalises each, which costs more than its stat.
  const absolute = (path: string) => (isAbsolute(path) ? path : prefix + path);
  // With `handoff`, every file and folder is stat-ed even past a change: the run that follows takes these stats
  // instead of its own (`takeStat`), and the listings of the folders whose stat is the one recorded instead of
  // reading them again (`takeListing`), so a replay that fails costs the reading of its file, not the stats.
  const seen = handoff?.stats;
  let valid = true;
  // Whether the change, if any, is to code files' contents only (see `Handoff.unchanged`).
  const named = new Set(Array.isArray(header.named) ? header.named : undefined);
  let onlyCode = !!handoff && Array.isArray(header.named) && typeof header.walks === 'string';
  for (const entry of header.files) {
    const path = absolute(entry[0]);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && seen) seen.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
    if (!stat || stat.size !== entry[1] || stat.mtimeMs !== entry[2] || stat.ctimeMs !== entry[3] || stat.ino !== entry[4] || stat.mtimeMs >= writtenAt) {
      valid = false;
      if (!handoff) return undefined;
      if (!stat || named.has(entry[0])) onlyCode = false;
    }
  }
  const dirs = new Map<string, ListedDir>();
  for (const [relative, mtimeMs, ctimeMs, ino, digest, listing] of header.dirs) {
    const path = absolute(relative);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && seen) seen.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
    if (stat && stat.mtimeMs === mtimeMs && stat.ctimeMs === ctimeMs && stat.ino === ino && stat.mtimeMs < writtenAt) {
      if (handoff && typeof listing === 'string' && typeof digest === 'string') {
        handoff.listings.set(path, [listing, digest]);
        if (onlyCode) dirs.set(path, [mtimeMs, ctimeMs, ino, [], [listing, digest]]);
      } else onlyCode = false;
      continue;
    }
    if (!valid && !onlyCode) continue;
    // Changed (or racy): its entries decide, so the temporary file of an output written beside the code does not.
    let same = false;
    try {
      const entries = stat ? readdirSync(path, { withFileTypes: true }) : undefined;
      same = !!entries && listingDigest(entries) === digest;
      // The entries as listed now, under the stat taken before: what this run would record had it listed the folder.
      if (same && onlyCode) dirs.set(path, [stat!.mtimeMs, stat!.ctimeMs, stat!.ino, [], [listingText(entries!), digest]]);
    } catch {
      same = false;
    }
    if (!same) {
      valid = false;
      onlyCode = false;
      if (!handoff) return undefined;
    }
  }
  if (!valid && onlyCode && handoff) {
    const walks = JSON.parse(header.walks) as unknown;
    if (Array.isArray(walks) && walks.every((walk) => Array.isArray(walk) && walk.length === 2 && typeof walk[0] === 'string')) {
      handoff.unchanged = { walks: new Map(walks as [string, unknown][]), dirs, named: header.named.map(absolute) };
    }
  }
  if (!valid) return undefined;
  let output: Buffer;
  try {
    output = readFileSync(outputFile(file, header.sha1));
  } catch {
    return undefined;
  }
  if (output.length !== header.length || createHash('sha1').update(output).digest('hex') !== header.sha1) return undefined;
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
  /** The file the output was written to, copied rather than encoded again; stdout when undefined. */
  writtenTo?: string;
  /** The SHA-1 of the output the replay file held, when there was one (see `writeReplay`). */
  replayed?: string;
}

/**
 * Writes the replay of a finished run; does nothing when a file it read by name may have changed during it.
 * Recorded only when there is no replay yet, or the output is one seen before (the replay's, or the last run's,
 * kept in `<name>.last`): an output that just changed comes from a project being edited, whose next run changes
 * it again, and writing the replay (1.8 MB of stats and a copy of the output, for 10,776 files) would be paid
 * by every run of an edit loop. The first run that repeats an output records it. A run that listed few folders
 * afresh (the others came from the replay it follows: `takeListing`) always records its replay: its header is
 * the stats it took and the listings it was given, with only those few digests to take.
 */
export function writeReplay(file: string, record: ReplayRecord): void {
  const hash = createHash('sha1');
  let length = 0;
  for (const piece of record.output) {
    hash.update(piece, 'utf8');
    length += Buffer.byteLength(piece, 'utf8');
  }
  const sha1 = hash.digest('hex');
  // A run whose folder listings came from the last replay (`takeListing`: the run after an edit), but for a few
  // folders the edit changed, writes its replay whatever its output: only those few listings are hashed, so the
  // write costs a few milliseconds, and the next unchanged run is replayed whichever output came before.
  let listed = 0;
  for (const dir of record.inputs.dirs.values()) if (!dir[4]) listed++;
  const cheap = listed <= Math.max(FRESH_LISTINGS, record.inputs.dirs.size / 32);
  if (!cheap && record.replayed !== undefined && sha1 !== record.replayed) {
    const last = `${file.slice(0, -'.replay'.length)}.last`;
    let lastRun: string | undefined;
    try {
      lastRun = readFileSync(last, 'latin1');
    } catch {
      lastRun = undefined;
    }
    if (lastRun !== sha1) {
      try {
        writeWhole(last, sha1, writerTag());
      } catch {
        // A read-only cache: no replay either way.
      }
      return;
    }
  }
  const root = resolve(record.root);
  const prefix = root.endsWith(sep) ? root : root + sep;
  const relative = (path: string) => JSON.stringify(path.startsWith(prefix) ? path.slice(prefix.length) : path);
  // The header is made as text: 14,000 small arrays to stringify cost more than writing them out.
  const files: string[] = [];
  for (const [path, stat] of record.inputs.files) files.push(`[${relative(path)},${stat[0]},${stat[1]},${stat[2]},${stat[3]}]`);
  const named = new Set(record.inputs.named);
  if (record.policy) named.add(record.policy);
  const namedListed: string[] = [];
  for (const path of named) {
    if (record.inputs.files.has(path)) continue;
    namedListed.push(relative(path));
    const stat = statSync(path, { throwIfNoEntry: false });
    // Gone, or changed too recently to tell from its stat whether the run read this content: no replay.
    if (!stat || stat.mtimeMs >= record.startedAt - SETTLED_MS || stat.ctimeMs >= record.startedAt - SETTLED_MS) return;
    files.push(`[${relative(path)},${stat.size},${stat.mtimeMs},${stat.ctimeMs},${stat.ino}]`);
  }
  const dirs: string[] = [];
  for (const [path, [mtimeMs, ctimeMs, ino, entries, known]] of record.inputs.dirs) {
    const [text, digest] = known ?? [listingText(entries), listingDigest(entries)];
    dirs.push(`[${relative(path)},${mtimeMs},${ctimeMs},${ino},"${digest}",${JSON.stringify(text)}]`);
  }
  const header =
    `${MAGIC}{"key":${JSON.stringify(record.key)},"root":${JSON.stringify(root)},"policy":${JSON.stringify(record.policy ?? null)},` +
    `"notes":${JSON.stringify(record.notes)},"length":${length},"sha1":"${sha1}",\n"named":[${namedListed.join(',')}],\n"walks":${JSON.stringify(JSON.stringify([...record.inputs.walks]))},\n` +
    `"files":[${files.join(',\n')}],\n"dirs":[${dirs.join(',\n')}]}\n`;
  try {
    makeDirs(dirname(file));
    const body = outputFile(file, sha1);
    const tag = writerTag();
    // Written even when a file of that name exists: it may be the damaged copy that made this run.
    // The output file just written holds these bytes (the digest is checked when read, should a concurrent run have replaced it).
    if (record.writtenTo && statSync(record.writtenTo).isFile()) {
      copyFileSync(record.writtenTo, `${body}.${tag}.tmp`);
      renameSync(`${body}.${tag}.tmp`, body);
    } else writeWhole(body, record.output.join(''), tag);
    writeWhole(file, header, tag);
    removeOldOutputs(file, sha1);
  } catch {
    // A read-only cache: the next run is a full one, as without a replay.
  }
}

/**
 * Removes the outputs of earlier replays of this command line once a minute old (a concurrent run may be reading
 * one), and the replays of this project's other command lines (another format, an older privmap) left unused a day.
 */
function removeOldOutputs(file: string, keep: string): void {
  const folder = dirname(file);
  const name = basename(file).slice(0, -'.replay'.length);
  const project = name.slice(0, name.indexOf('.') + 1);
  const now = Date.now();
  try {
    for (const entry of readdirSync(folder)) {
      if (!entry.startsWith(project) || !(entry.endsWith('.out') || entry.endsWith('.replay') || (entry.endsWith('.tmp') && entry.startsWith(`${name}.`)))) continue;
      if (entry === `${name}.replay` || entry === `${name}.${keep}.out`) continue;
      const path = join(folder, entry);
      const age = now - statSync(path).mtimeMs;
      if (entry.startsWith(`${name}.`) ? age > 60_000 : age > 86_400_000) rmSync(path, { force: true });
    }
  } catch {
    // Removed by another run meanwhile, or a read-only folder: only space is lost.
  }
}
