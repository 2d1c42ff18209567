/**
 * The ESLint plugin's listing of a project's code files with their stats (project.ts), read from the folders'
 * own stats where they did not change: a folder's mtime moves whenever an entry is added, removed or renamed in
 * it, so a folder whose stat is the one it had when it was last read holds the same names, and only its files
 * need a `stat` (their content may have changed in place). That replaces a `readdir` (open, read, close, an
 * object per entry) by one `stat` for nearly every folder, in the first file's listing (the folders as the last
 * process read them, kept beside the project state) and in every check of an editor session.
 *
 * A folder modified less than two seconds before it was read is read again next time: a coarse clock may give
 * a second change within the same tick the same mtime (the racy-file rule of the link state and of git).
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ListedStat } from '../cache/link-state.js';
import { isManifest, isPrunedDir, PRUNING_RULES } from '../scan/pruned-dirs.js';

const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/**
 * What decides a folder's listed names, stored with a listing so that one made under other rules (an older privmap,
 * before `adapters/out/` was walked) is read again rather than trusted by its folders' unchanged stats.
 */
export const LISTING_RULES = `${CODE_FILE.source}|${PRUNING_RULES}`;
const RACY_MS = 2000;

/** One folder as it was read: its stat then, when (ms since the epoch), and the names it gave. */
export interface ListedDir {
  mtime: number;
  ino: number;
  readAt: number;
  /** Its code files' names. */
  files: string[];
  /** Its subfolders' names, skipped ones left out. */
  dirs: string[];
  /**
   * Which of the files the module resolver looks for (`MARKED`) it holds as plain files; such a name with `?`
   * after it is something else (a link, a folder), for the resolver to ask the file system about.
   */
  marks: string[];
}

/** The files the module resolver looks for in every folder of a file's path (resolve-modules.ts). */
const MARKED = new Set(['package.json', 'tsconfig.json']);

/** Folders by path (POSIX, relative to the root; the root is `''`). */
export type Tree = Map<string, ListedDir>;

/** One listing (or check) under way: folders left to read, what was seen, the folders as read now. */
export interface Listing {
  dirs: string[];
  seen: Map<string, ListedStat>;
  /** The folders as read before, to be trusted where their stat did not change. */
  known: Tree | undefined;
  tree: Tree;
  /** Folders whose entries were read (not taken from `known`). */
  read: number;
  /** Where the stats come from: the file system now, or stats taken a moment ago (project-prefetch.ts). */
  stat: StatOf;
  /** Stats taken a moment ago of `known`'s folders and files, by place (project-prefetch.ts), asked before `stat`. */
  statAt: StatAt | undefined;
}

/** What a listing reads of a stat (a worker's stats carry only these: stats-worker.ts). */
export type StatNumbers = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

/** The stat of an absolute path, undefined when there is nothing there. */
export type StatOf = (path: string) => StatNumbers | undefined;

/**
 * The stat taken of `known`'s folder `dir` (`index` -1) or of its `index`th code file, by place rather than by
 * path (a worker's stats: stats-worker.ts); null where there was nothing, undefined where it must be taken now.
 */
export type StatAt = (dir: string, index: number) => StatNumbers | null | undefined;

/** The file system's stat now. */
export const statNow: StatOf = (path) => {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
};

export function startListing(known: Tree | undefined, stat: StatOf = statNow, statAt?: StatAt): Listing {
  return { dirs: [''], seen: new Map(), known, tree: new Map(), read: 0, stat, statAt };
}

/** The stat of `known`'s `dir` or its `index`th file (`path`) from `listing.statAt`, else from `listing.stat`. */
function statOf(listing: Listing, root: string, path: string, dir: string, index: number): StatNumbers | undefined {
  const taken = listing.statAt?.(dir, index);
  return taken === undefined ? listing.stat(join(root, path)) : (taken ?? undefined);
}

const under = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);

/** Reads the next folder of `listing`: its code files' stats, its subfolders queued; the entries looked at. */
export function readNextDir(root: string, listing: Listing): number {
  const dir = listing.dirs.pop()!;
  const readAt = Date.now();
  const stat = statOf(listing, root, dir, dir, -1);
  if (!stat) return 1;
  const old = listing.known?.get(dir);
  let entries: { files: string[]; dirs: string[]; marks: string[] };
  if (old && old.mtime === stat.mtimeMs && old.ino === stat.ino && stat.mtimeMs < old.readAt - RACY_MS) {
    entries = old;
    listing.tree.set(dir, old);
  } else {
    try {
      entries = namesIn(join(root, dir), dir === '');
    } catch {
      return 1;
    }
    listing.tree.set(dir, { mtime: stat.mtimeMs, ino: stat.ino, readAt, ...entries });
    listing.read++;
  }
  for (const name of entries.dirs) listing.dirs.push(under(dir, name));
  // By place only in a folder trusted as it was: its names are the ones the stats were taken of.
  const isKnown = entries === old;
  for (let i = 0; i < entries.files.length; i++) {
    const path = under(dir, entries.files[i]!);
    const fileStat = isKnown ? statOf(listing, root, path, dir, i) : listing.stat(join(root, path));
    if (fileStat) listing.seen.set(path, [fileStat.size, fileStat.mtimeMs, fileStat.ctimeMs, fileStat.ino]);
  }
  return 1 + entries.files.length;
}

/** `isRoot`: the linted project's root, where build output sits as beside a manifest (pruned-dirs.ts). */
function namesIn(path: string, isRoot: boolean): { files: string[]; dirs: string[]; marks: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  const marks: string[] = [];
  const entries = readdirSync(path, { withFileTypes: true });
  const atPackageRoot = isRoot || entries.some((entry) => isManifest(entry.name));
  for (const entry of entries) {
    if (MARKED.has(entry.name)) marks.push(entry.isFile() ? entry.name : `${entry.name}?`);
    if (entry.isDirectory()) {
      if (!isPrunedDir(entry.name, atPackageRoot) && !entry.name.startsWith('.')) dirs.push(entry.name);
    } else if (CODE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(entry.name);
  }
  return { files, dirs, marks };
}

/**
 * Whether the project has the file at `path` (POSIX, relative to the root; `dir/package.json`), where the
 * listing knows it: undefined for a name it does not keep or a folder it did not read.
 */
export function listedHas(tree: Tree, path: string): boolean | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const folder = tree.get(slash < 0 ? '' : path.slice(0, slash));
  if (!folder || !MARKED.has(name) || folder.marks.includes(`${name}?`)) return undefined;
  return folder.marks.includes(name);
}

/** Every code file of the project with its stat, sorted by path, and the folders as read. */
export function listProject(root: string, known: Tree | undefined, stat?: StatOf, statAt?: StatAt): { files: Map<string, ListedStat>; tree: Tree; read: number } {
  const listing = startListing(known, stat, statAt);
  while (listing.dirs.length) readNextDir(root, listing);
  return { files: sortedFiles(listing.seen), tree: listing.tree, read: listing.read };
}

/**
 * `files` sorted by path. The paths sorted alone, with no comparator: the default order compares UTF-16 code
 * units, as `<` does, and V8 runs it without calling back into JavaScript for each pair. Documenso's 2,087 paths
 * sorted with a comparator cost its first file 2-4 ms of CPU in a fresh process; this 0-1.5 ms (session 21).
 */
export function sortedFiles(files: ReadonlyMap<string, ListedStat>): Map<string, ListedStat> {
  const sorted = new Map<string, ListedStat>();
  for (const path of [...files.keys()].sort()) sorted.set(path, files.get(path)!);
  return sorted;
}
