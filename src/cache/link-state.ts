/**
 * The ESLint plugin's project state between processes (src/flows/project.ts): every code file's module facts
 * and the link stage's summaries, stored when a process linked the project, so the next `eslint` process (or
 * editor session) on unchanged files reads one file instead of one cache entry per file, and summarises
 * nothing: `eslint .` paid both on its first linted file.
 *
 * `projects/eslint-<hash of the root>.json` holds the fingerprint, each listed file's stat (size, mtime, ctime,
 * inode) and every file's facts; the summaries are a digest-checked pack beside it, read one entry at a time
 * (`StoredSummaries`, as the CLI's snapshot keeps them). It is used only when the fingerprint is the same and
 * every file listed now has exactly the stat it had, none of them racy (an mtime not older than the state's own
 * write: the file may have changed again within the same timestamp); anything else links the project again and
 * stores the new state. Written whole to a private temporary file renamed into place: a reader sees one whole
 * state or another, each consistent in itself; a damaged or foreign one is ignored and rewritten.
 *
 * Beside it, `eslint-<hash>.passes.json` keeps what the link stage's passes over every module found (which
 * functions are called, job handlers, implementers of types) and each file's link signature, under the same
 * rule: a process reads this small file, not the facts, and links each linted file from the modules it reaches
 * (src/flows/link-demand.ts). It is three lines of JSON: a head (the listed files' count and the digest of
 * their paths and stats), the signatures, the passes; a process reads and parses the head line alone (a few
 * kB read, not the file), and reads the rest when a linted file first asks a pass: parsing every file's stat,
 * signature and the passes cost the first linted file of every `eslint` process 5-24 ms of CPU (documenso:
 * 650 kB), and most files ask none.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StoredPasses } from '../flows/link-demand.js';
import { LISTING_RULES, type Tree } from '../flows/project-listing.js';
import { indexEntries, indexesFromEntries, type ProjectIndexes } from '../flows/project-indexes.js';
import type { ModuleFacts } from '../flows/module-facts.js';
import { makeDirs } from './make-dirs.js';
import { writeWhole, writerTag } from './pack.js';
import { removeOldSummaries, StoredSummaries, type SummaryTable, writeSummaries } from './project-snapshot.js';

/** Bumped when the state's shape changes. */
const STATE_FORMAT = 2;
/** Bumped when the passes file's shape changes (3: a head line, the signatures and the passes read when asked). */
const PASSES_FORMAT = 3;

/** `[size, mtimeMs, ctimeMs, inode]` of a listed file. */
export type ListedStat = readonly [number, number, number, number];

interface StateFile {
  format: number;
  root: string;
  fingerprint: string;
  files: Record<string, ListedStat>;
  facts: Record<string, ModuleFacts>;
  /** The digest naming the summaries' pack. */
  summaries: string;
}

export interface LinkState {
  facts: Map<string, ModuleFacts>;
  summaries: StoredSummaries;
}

function names(dir: string, root: string): { folder: string; name: string } {
  return { folder: join(resolve(dir), 'projects'), name: `eslint-${createHash('sha1').update(resolve(root)).digest('hex')}` };
}

const sameStat = (a: ListedStat | undefined, b: ListedStat) => !!a && Array.isArray(a) && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** Whether the files stored (`stored`, written at `writtenAt`) are exactly the files listed now, none of them racy. */
function isFresh(stored: Record<string, ListedStat>, files: ReadonlyMap<string, ListedStat>, writtenAt: number): boolean {
  if (Object.keys(stored).length !== files.size) return false;
  for (const [path, stat] of files) {
    if (!Object.hasOwn(stored, path) || !sameStat(stored[path], stat) || stat[1] >= writtenAt) return false;
  }
  return true;
}

/** The passes file's first line; the second is the signatures (`{ file: signature }`), the third the indexes as `indexEntries` gives them. */
interface PassesHead {
  format: number;
  root: string;
  fingerprint: string;
  /** The number of files listed and the digest of their paths and stats (`listedDigest`). */
  count: number;
  listed: string;
  /** The digest naming the summaries' pack (the link state's). */
  summaries: string;
}

/** The digest of the files listed (sorted, as the project lists them) with their stats, and their newest mtime. */
export function listedDigest(files: ReadonlyMap<string, ListedStat>): { digest: string; newest: number } {
  // The paths as one string and the stats as the bytes of their doubles: formatting 8,000 numbers as text, and an
  // `update` per file, cost the first file 5-20 ms on documenso's 2,087 files at load 25.
  const paths: string[] = [];
  const numbers = new Float64Array(files.size * 4);
  let at = 0;
  let newest = 0;
  for (const [path, stat] of files) {
    paths.push(path);
    numbers[at++] = stat[0];
    numbers[at++] = stat[1];
    numbers[at++] = stat[2];
    numbers[at++] = stat[3];
    if (stat[1] > newest) newest = stat[1];
  }
  return { digest: createHash('sha1').update(paths.join('\0')).update(new Uint8Array(numbers.buffer)).digest('hex'), newest };
}

/**
 * A file's bytes with the time it was written, taken before reading: if another process replaces it in between,
 * the older time only makes more files racy.
 */
export function readWithTime(file: string): { bytes: Buffer; writtenAt: number } | undefined {
  try {
    const writtenAt = statSync(file).mtimeMs;
    return { bytes: readFileSync(file), writtenAt };
  } catch {
    return undefined;
  }
}

/** Whether a state file's parsed head is of this format, root and fingerprint. */
function isStateOf(state: { format?: unknown; root?: unknown; fingerprint?: unknown } | null, format: number, root: string, fingerprint: string): boolean {
  return !!state && typeof state === 'object' && state.format === format && state.root === resolve(root) && state.fingerprint === fingerprint;
}

/** A state file of `root` read with the time it was written, when it is of this format, root and fingerprint. */
function readStateFile<T extends { format: number; root: string; fingerprint: string }>(file: string, root: string, fingerprint: string): { state: T; writtenAt: number } | undefined {
  const read = readWithTime(file);
  if (!read) return undefined;
  let state: T;
  try {
    state = JSON.parse(read.bytes.toString('utf8')) as T;
  } catch {
    return undefined;
  }
  return isStateOf(state, STATE_FORMAT, root, fingerprint) ? { state, writtenAt: read.writtenAt } : undefined;
}

/**
 * The passes stored for `root` when they were made from exactly the files listed now; else undefined. Only the
 * head is parsed here: the signatures and the passes when first asked (a damaged line then reads as no passes,
 * and the caller links the whole project).
 */
export function loadPasses(dir: string, root: string, fingerprint: string, files: ReadonlyMap<string, ListedStat>): StoredPasses | undefined {
  const { folder, name } = names(dir, root);
  const file = join(folder, `${name}.passes.json`);
  const read = readHeadLine(file);
  if (!read) return undefined;
  const { head: headBytes, writtenAt } = read;
  let head: PassesHead;
  try {
    head = JSON.parse(headBytes.toString('utf8')) as PassesHead;
  } catch {
    return undefined;
  }
  if (!isStateOf(head, PASSES_FORMAT, root, fingerprint)) return undefined;
  if (typeof head.summaries !== 'string' || !/^[0-9a-f]{40}$/.test(head.summaries) || head.count !== files.size) return undefined;
  const now = listedDigest(files);
  // A file whose mtime is not older than the passes' write may have changed again within the same timestamp.
  if (head.listed !== now.digest || now.newest >= writtenAt) return undefined;
  // The rest is read when first asked, and only from a file with the same head: the head names the listed files'
  // stats, the fingerprint and the summaries' digest, so a file another process wrote since with the same head
  // holds the same signatures and passes; another head reads as no passes (no file's signature matches then).
  let rest: { bytes: Buffer; second: number } | null | undefined;
  const restOf = () => {
    if (rest === undefined) {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(file);
      } catch {
        bytes = undefined;
      }
      const second = bytes && bytes.length > headBytes.length && bytes[headBytes.length] === 10 && bytes.subarray(0, headBytes.length).equals(headBytes) ? bytes.indexOf(10, headBytes.length + 1) : -1;
      rest = bytes && second >= 0 ? { bytes, second } : null;
    }
    return rest ?? undefined;
  };
  const section = <T>(part: 'signatures' | 'passes', accept: (value: unknown) => value is T): T | undefined => {
    const whole = restOf();
    if (!whole) return undefined;
    const [from, to] = part === 'signatures' ? [headBytes.length + 1, whole.second] : [whole.second + 1, whole.bytes.length];
    try {
      const value = JSON.parse(whole.bytes.toString('utf8', from, to)) as unknown;
      return accept(value) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  let signatures: Record<string, string> | undefined | null;
  let passes: ProjectIndexes | undefined | null;
  const release = () => {
    // Both parts parsed: the file's bytes are not kept for the rest of the process.
    if (signatures !== undefined && passes !== undefined && rest) rest = null;
  };
  // Checked by its digest when first read; gone (a newer state replaced it) or damaged, the file's link summarises what it reaches.
  const summaries = new StoredSummaries(join(folder, `${name}.${head.summaries}.summaries`), head.summaries);
  return {
    signature: (file) => {
      if (signatures === undefined) {
        signatures = section('signatures', (v): v is Record<string, string> => !!v && typeof v === 'object' && !Array.isArray(v)) ?? null;
        release();
      }
      const signature = signatures && Object.hasOwn(signatures, file) ? signatures[file] : undefined;
      return typeof signature === 'string' ? signature : undefined;
    },
    passes: () => {
      if (passes === undefined) {
        const entries = section('passes', (v): v is [string, unknown][] => Array.isArray(v));
        passes = (entries && indexesFromEntries(entries)) ?? null;
        release();
      }
      return passes ?? undefined;
    },
    summaries,
  };
}

/** The longest head line read: a head is a few hundred bytes (its root's path the longest part). */
const HEAD_LIMIT = 64 * 1024;

/**
 * The first line of `file` (without its newline) and the time the file was written, read in small pieces: the
 * passes file is 650 kB on documenso, and every process's first file read it whole for its head line.
 */
export function readHeadLine(file: string): { head: Buffer; writtenAt: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const writtenAt = fstatSync(fd).mtimeMs;
    let bytes = Buffer.alloc(0);
    for (let size = 4096; bytes.length < HEAD_LIMIT; size *= 2) {
      const piece = Buffer.allocUnsafe(size);
      const got = piece.subarray(0, readSync(fd, piece, 0, size, bytes.length));
      if (got.length === 0) return undefined;
      const newline = got.indexOf(10);
      if (newline >= 0) return { head: Buffer.concat([bytes, got.subarray(0, newline)]), writtenAt };
      bytes = Buffer.concat([bytes, got]);
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Stores the passes a whole-project link made from `files`; quietly nothing on an unwritable folder. */
export function savePasses(
  dir: string,
  root: string,
  fingerprint: string,
  files: ReadonlyMap<string, ListedStat>,
  stored: { passes: ProjectIndexes; signatures: ReadonlyMap<string, string> },
  summaries: string,
): void {
  const { folder, name } = names(dir, root);
  try {
    makeDirs(folder);
    const head: PassesHead = { format: PASSES_FORMAT, root: resolve(root), fingerprint, count: files.size, listed: listedDigest(files).digest, summaries };
    // JSON.stringify escapes every newline inside a string: each part is one line.
    const text = `${JSON.stringify(head)}\n${JSON.stringify(Object.fromEntries(stored.signatures))}\n${JSON.stringify(indexEntries(stored.passes))}\n`;
    writeWhole(join(folder, `${name}.passes.json`), text, writerTag());
  } catch {
    // A read-only or full disk: the next process links the project again where a file needs a pass.
  }
}

/** The stored state of `root` when it was made from exactly the files listed now (`files`: path -> stat); else undefined. */
export function loadLinkState(dir: string, root: string, fingerprint: string, files: ReadonlyMap<string, ListedStat>): LinkState | undefined {
  const { folder, name } = names(dir, root);
  const read = readStateFile<StateFile>(join(folder, `${name}.json`), root, fingerprint);
  if (!read) return undefined;
  const { state, writtenAt } = read;
  if (!state.files || typeof state.files !== 'object' || !state.facts || typeof state.facts !== 'object' || typeof state.summaries !== 'string' || !/^[0-9a-f]{40}$/.test(state.summaries)) return undefined;
  if (!isFresh(state.files, files, writtenAt)) return undefined;
  const facts = new Map<string, ModuleFacts>();
  for (const [path, value] of Object.entries(state.facts)) {
    if (!files.has(path) || !value || typeof value !== 'object' || !Array.isArray(value.calls)) return undefined;
    facts.set(path, value);
  }
  const summaries = new StoredSummaries(join(folder, `${name}.${state.summaries}.summaries`), state.summaries);
  return summaries.ready() ? { facts, summaries } : undefined;
}

/** Stores the state a link made from `files` (their stat when listed, taken before their facts were read); quietly nothing on an unwritable folder. */
export function saveLinkState(dir: string, root: string, fingerprint: string, files: ReadonlyMap<string, ListedStat>, facts: ReadonlyMap<string, ModuleFacts>, summaries: SummaryTable): string | undefined {
  const { folder, name } = names(dir, root);
  try {
    makeDirs(folder);
    const digest = writeSummaries(join(folder, name), summaries);
    const body: StateFile = { format: STATE_FORMAT, root: resolve(root), fingerprint, files: Object.fromEntries(files), facts: Object.fromEntries(facts), summaries: digest };
    writeWhole(join(folder, `${name}.json`), JSON.stringify(body), writerTag());
    removeOldSummaries(folder, name, digest);
    return digest;
  } catch {
    // A read-only or full disk: the next process links the project again.
    return undefined;
  }
}

interface ListingFile {
  format: number;
  root: string;
  /** The rules the folders were listed by (project-listing.ts `LISTING_RULES`). */
  rules: string;
  /** Folder -> [mtimeMs, inode, read at, code files, subfolders, marks] (project-listing.ts). */
  dirs: Record<string, [number, number, number, string[], string[], string[]]>;
}

const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');

/**
 * The project's folders as the last listing read them (`eslint-<hash>.listing.json`), for the next process's
 * first listing: a folder is only trusted where its stat is still the one stored, so a stale or foreign file
 * costs a `readdir` per folder, never a wrong listing. Undefined when there is none or it is damaged.
 */
export function loadListing(dir: string, root: string): Tree | undefined {
  let text: string;
  try {
    text = readFileSync(listingFile(dir, root), 'utf8');
  } catch {
    return undefined;
  }
  return parseListing(text, root);
}

/** Where `loadListing` reads the folders of `root` from. */
export function listingFile(dir: string, root: string): string {
  const { folder, name } = names(dir, root);
  return join(folder, `${name}.listing.json`);
}

/** Where the ESLint plugin keeps the workspace packages the resolver found in `root` (workspace-memo.ts). */
export function workspaceFile(dir: string, root: string): string {
  const { folder, name } = names(dir, root);
  return join(folder, `${name}.workspace.json`);
}

/** The folders in `text` (a listing file's content, read by whatever means) when it is a listing of `root`. */
export function parseListing(text: string, root: string): Tree | undefined {
  let stored: ListingFile;
  try {
    stored = JSON.parse(text) as ListingFile;
  } catch {
    return undefined;
  }
  if (!stored || stored.format !== STATE_FORMAT || stored.root !== resolve(root) || stored.rules !== LISTING_RULES || !stored.dirs || typeof stored.dirs !== 'object') return undefined;
  const tree: Tree = new Map();
  for (const [path, value] of Object.entries(stored.dirs)) {
    if (!Array.isArray(value) || value.length !== 6) return undefined;
    const [mtime, ino, readAt, files, dirs, marks] = value;
    if (typeof mtime !== 'number' || typeof ino !== 'number' || typeof readAt !== 'number' || !isNames(files) || !isNames(dirs) || !isNames(marks)) return undefined;
    tree.set(path, { mtime, ino, readAt, files, dirs, marks });
  }
  return tree;
}

/** Stores the folders a listing read; quietly nothing on an unwritable folder. */
export function saveListing(dir: string, root: string, tree: Tree): void {
  const { folder, name } = names(dir, root);
  try {
    makeDirs(folder);
    const dirs: ListingFile['dirs'] = {};
    for (const [path, d] of tree) dirs[path] = [d.mtime, d.ino, d.readAt, d.files, d.dirs, d.marks];
    writeWhole(join(folder, `${name}.listing.json`), JSON.stringify({ format: STATE_FORMAT, root: resolve(root), rules: LISTING_RULES, dirs } satisfies ListingFile), writerTag());
  } catch {
    // A read-only or full disk: the next process reads every folder.
  }
}
