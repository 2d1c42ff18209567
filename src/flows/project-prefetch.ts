/**
 * The file-system work of the first file an `eslint` process lints, started when the plugin is loaded: the
 * stats of every folder and code file the last process listed (project.ts checks them all before it trusts the
 * stored passes), and of privmap's own files (the cache's installation hash: its rules and the build's bundles).
 * Taken synchronously they cost the first linted file about 80 ms of CPU (1,300 `stat`s on Rallly, and before
 * the build stamped its code digest 450 for the installation), over the whole
 * budget of a file (issue 12: no file may cost privmap 50 ms). The listed files' are taken by a worker thread
 * (stats-worker.ts), which the first lint reads synchronously; the installation's few with `fs.promises` on
 * libuv's threads. Both run while ESLint loads its configuration, lists the files and parses the first one; the
 * first lint reads them from memory, and stats anything they missed itself.
 *
 * A stat taken ahead is used once (the first listing of the project, the first installation hash), and only
 * while it is younger than `AHEAD_MS` (10 s), an age the project state may have within an editor session anyway
 * (the state's files are checked every few seconds, project.ts): a file changed after it is seen by the next
 * check, as a change during an editor session is. Only the policy found upward from the working directory is
 * prefetched (where `eslint .` runs); a policy anywhere else is listed by its first lint, as before.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { INSTALLATION_FILES, INSTALLATION_TREES, useStatsTakenAhead } from '../cache/fingerprint.js';
import { listingFile, parseListing } from '../cache/link-state.js';
import { defaultCacheDir } from '../cache/store.js';
import { findPolicy } from '../policy/find.js';
import { type StatAt, statNow, type StatNumbers, type StatOf, type Tree } from './project-listing.js';
import { StatsWorker } from './stats-worker.js';

/**
 * How old a stat taken ahead may be when it is used. ESLint takes seconds to load its configuration, list the
 * files and parse the first one on a busy machine (4.8-5.8 s from the plugin's load to its first rule at load
 * 10-14 on 2 cores, Papermark and documenso), so at 3 s every stat had aged out and the first file took them all
 * again itself (35 ms of documenso's first file). 10 s is an age the state may have within an editor session
 * anyway: a check falls due 3 s after the last at the soonest, or 25 times its own duration (project.ts), spread over
 * the lints that follow; a file changed after its stat was taken is seen by the first check, as any change is.
 */
export const AHEAD_MS = 10_000;
/**
 * Stats in flight at once: enough that libuv's four threads never wait for the main thread (busy with ESLint's
 * start) to ask for the next, few enough that ESLint's own reads of the files it lints are not queued behind a
 * thousand stats (a stat takes microseconds).
 */
const IN_FLIGHT = 64;

/** Stats taken ahead: a path's stat (null where there was nothing) and when it was asked for. */
export class StatsTakenAhead {
  private readonly stats = new Map<string, { stat: StatNumbers | null; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Notes the stat of `path` (null: nothing there) taken from `at`. */
  note(path: string, stat: StatNumbers | null, at: number): void {
    this.stats.set(path, { stat, at });
  }

  /** Stats `paths` (absolute), a few at a time. */
  async take(paths: readonly string[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const path = paths[next++]!;
        // Aged from when it was asked for: the file is as it was then or later.
        const at = this.now();
        this.note(path, await stat(path).catch(() => null), at);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }

  /** The stat taken of `path` (null: nothing there) while it is fresh; undefined when it must be taken now. */
  fresh(path: string): StatNumbers | null | undefined {
    const taken = this.stats.get(path);
    return taken && this.now() - taken.at <= AHEAD_MS ? taken.stat : undefined;
  }

  /** A listing's stat source (project-listing.ts): the stat taken ahead where there is a fresh one, else now. */
  readonly statOf: StatOf = (path) => {
    const taken = this.fresh(path);
    return taken === undefined ? statNow(path) : (taken ?? undefined);
  };
}

interface Ahead {
  root: string;
  /** Settled once the stored listing was read (undefined: there was none). */
  tree: { value: Tree | undefined } | undefined;
  stats: StatsTakenAhead;
  /** The worker taking the listed files' stats, where one could be started; it reads the stored listing too. */
  worker: StatsWorker | undefined;
  entries: EntriesTakenAhead;
}

let ahead: Ahead | undefined;

/** Every folder and code file of `tree` (absolute paths), folders first, as a listing visits them. */
function listedPaths(root: string, tree: Tree): string[] {
  const paths: string[] = [];
  for (const [dir, listed] of tree) {
    paths.push(join(root, dir));
    for (const name of listed.files) paths.push(join(root, dir, name));
  }
  return paths;
}

/** The folders' entries read ahead (each folder's own, as `readdirSync` gives them) and when they were read. */
class EntriesTakenAhead {
  private readonly dirs = new Map<string, { entries: Dirent[]; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Notes the entries of `dir` and its subfolders from one recursive `readdir` asked for at `at`. */
  note(dir: string, entries: readonly Dirent[], at: number): void {
    this.dirs.set(dir, { entries: [], at });
    for (const entry of entries) {
      const parent = entry.parentPath ?? entry.path;
      let listed = this.dirs.get(parent);
      if (!listed) this.dirs.set(parent, (listed = { entries: [], at }));
      listed.entries.push(entry);
      // An empty subfolder has no entry of its own below.
      if (entry.isDirectory() && !this.dirs.has(join(parent, entry.name))) this.dirs.set(join(parent, entry.name), { entries: [], at });
    }
  }

  /** The entries of `dir` while they are fresh; undefined when the folder must be read now. */
  fresh(dir: string): readonly Dirent[] | undefined {
    const taken = this.dirs.get(dir);
    return taken && this.now() - taken.at <= AHEAD_MS ? taken.entries : undefined;
  }
}

async function installationFiles(entriesAhead: EntriesTakenAhead): Promise<string[]> {
  const files: string[] = [...INSTALLATION_FILES];
  for (const { dir, accept } of INSTALLATION_TREES) {
    const at = Date.now();
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
    if (!entries) continue;
    entriesAhead.note(dir, entries, at);
    for (const entry of entries) if (entry.isFile() && accept(entry.name)) files.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return files;
}

async function prefetch(state: Ahead): Promise<void> {
  // With a worker, the stored listing and its stats are the worker's; the installation's few are taken here.
  if (state.worker) {
    await Promise.all([installationFiles(state.entries).then((files) => state.stats.take(files)), state.worker.finished]);
    return;
  }
  const [installation, text] = await Promise.all([installationFiles(state.entries), readFile(listingFile(defaultCacheDir(state.root), state.root), 'utf8').catch(() => undefined)]);
  const tree = text === undefined ? undefined : parseListing(text, state.root);
  state.tree = { value: tree };
  // The installation first: the policy's cache key asks for its hash before the project is listed.
  await state.stats.take(tree ? [...installation, ...listedPaths(state.root, tree)] : installation);
}

/**
 * Starts taking the stats the first lint of the project whose policy is found upward from `cwd` will need; the
 * promise (never rejected) settles when they are all taken. Never throws, and never writes: a failed stat or
 * read is left to the first lint.
 */
export function prefetchProject(cwd: string): Promise<void> {
  try {
    const policy = findPolicy(cwd);
    if (!policy) return Promise.resolve();
    const root = dirname(policy);
    const stats = new StatsTakenAhead();
    const worker = StatsWorker.start(listingFile(defaultCacheDir(root), root), root);
    const state: Ahead = { root, tree: undefined, stats, entries: new EntriesTakenAhead(), worker };
    ahead = state;
    useStatsTakenAhead(
      (path) => state.stats.fresh(path) ?? undefined,
      (dir) => state.entries.fresh(dir),
    );
    return prefetch(state).catch(() => {
      if (ahead === state) ahead = undefined;
    });
  } catch {
    ahead = undefined;
    return Promise.resolve();
  }
}

/**
 * The worker's stats of `tree`'s folders and files by place (stats-worker.ts), each while it is fresh; nothing
 * where the worker stats another number of paths than `tree` lists (then it did not read the same listing).
 */
export function statsByPlace(tree: Tree, worker: StatsWorker, now: () => number = Date.now): StatAt {
  const places = new Map<string, number>();
  let count = 0;
  for (const [dir, listed] of tree) {
    places.set(dir, count);
    count += 1 + listed.files.length;
  }
  return (dir, index) => {
    const place = places.get(dir);
    if (place === undefined || worker.total() !== count) return undefined;
    const taken = worker.statAt(place + 1 + index);
    return taken && now() - taken.at <= AHEAD_MS ? taken.stat : undefined;
  };
}

/**
 * What was taken ahead for the first listing of `root`, once: the stored folders and stat sources (by path, and
 * by place in the stored folders); undefined when nothing was, or the stored listing is not read yet.
 */
export function takeAhead(root: string): { tree: Tree | undefined; statOf: StatOf; statAt: StatAt | undefined } | undefined {
  const state = ahead;
  if (!state || state.root !== root) return undefined;
  if (!state.tree && state.worker) {
    const listing = state.worker.listing();
    if (listing) state.tree = { value: listing.text === undefined ? undefined : parseListing(listing.text, root) };
  }
  if (!state.tree) return undefined;
  ahead = undefined;
  const tree = state.tree.value;
  return { tree, statOf: state.stats.statOf, statAt: tree && state.worker ? statsByPlace(tree, state.worker) : undefined };
}
