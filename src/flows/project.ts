/**
 * The project's wrapper summaries for the ESLint plugin, so a linted file's call of `sendEmail({ to })` is
 * judged as the CLI judges it. Synchronous, because ESLint rules are. The project's code files are listed once
 * per process per project root (their stats: what resolution and the freshness check need), and kept fresh: at
 * most once every few seconds the files' stats are compared and the state is made again from what changed.
 *
 * A linted file's flows come from the modules its calls reach (link-demand.ts): their facts are read when the
 * link first asks for them, and only the functions looked up are summarised, so the first file of a process
 * no longer waits for the whole project. Where the link needs every module (which functions are called, a job's
 * handlers, a type's implementers), the whole project is linked instead, once, as before: every file's facts
 * (the state an earlier process stored, link-state.ts, when no file changed since), and the same flows.
 *
 * The facts come through the CLI's per-file cache (`node_modules/.cache/privmap`, same keys as `privmap check`
 * run at the policy's folder): a linted file missing from it is scanned there as the CLI scans it, so the next
 * process, and `privmap check`, read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blobHash, defaultCacheDir, fileKey, openDiskCache, policyFingerprint } from '../cache/index.js';
import { type ListedStat, loadLinkState, loadListing, loadPasses, saveLinkState, saveListing, savePasses, workspaceFile } from '../cache/link-state.js';
import { workspaceMemo } from '../cache/workspace-memo.js';
import type { Engine } from '../engine.js';
import type { FlowFinding } from '../finding.js';
import { isOutcome, scanFileList, type FileOutcome, type ScanCache } from '../scan/code/scan-files.js';
import type { SourceFileScan } from '../scan/code/types.js';
import { ProjectLinks } from './link.js';
import { DemandLinks, type DemandStats, type StoredPasses, WholeProjectNeeded } from './link-demand.js';
import { linkSignature } from './link-cache.js';
import type { ModuleFacts } from './module-facts.js';
import { type Listing, listedHas, listProject, readNextDir, sortedFiles, startListing, type Tree } from './project-listing.js';
import { takeAhead } from './project-prefetch.js';
import { ProjectTexts } from './project-texts.js';
import { createResolver, type ModuleResolver } from './resolve-modules.js';

const RECHECK_MS = 3000;
/**
 * Listing and stat-ing every file is not free (40 ms for Rallly's 1,100 files on a loaded machine), and an
 * `eslint .` run pays it every few seconds for nothing: the next check waits at least this many times as long
 * as the last one took, so checking stays under a few percent of the lint's time on any repository.
 */
const RECHECK_FACTOR = 25;
/**
 * A check is spread over the lints that follow it falls due, this many directory entries (a `readdir` or a
 * `stat` each) per lint, so no file pays a whole project's check (issue 12: no file may cost privmap 50 ms).
 */
const CHECK_SLICE = 96;

interface Listed {
  stat: ListedStat;
  facts: ModuleFacts | undefined;
  /** Whether `facts` were read (a file without facts has none to read). */
  isRead: boolean;
}

/** A check of the files' stats in progress (a listing, project-listing.ts), and its cost so far. */
interface Check {
  listing: Listing;
  /** CPU-free measure of its cost: wall-clock ms spent in its slices. */
  spentMs: number;
}

interface ProjectState {
  engine: Engine;
  /** Every listed code file, sorted, with the stat it was listed with and its facts. */
  files: Map<string, Listed>;
  /** The folders as the listing read them: the next check trusts those whose stat did not change. */
  tree: Tree;
  /** Each linted file's own link, until a file needs the whole project's. */
  demand: DemandLinks;
  /** The whole project's links, once a file needed them. */
  links: ProjectLinks | undefined;
  /** The passes over every module stored for these files (read when first asked). */
  passes: StoredPasses | undefined;
  resolver: ModuleResolver;
  /** The file whose link needed the whole project, and what for. */
  wholeFor?: string;
  cache: ScanCache;
  /** When the next check starts (ms since the epoch), unless one is under way. */
  nextCheckAt: number;
  check: Check | undefined;
}

const projects = new Map<string, ProjectState>();

const sameStat = (a: ListedStat, b: ListedStat) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

/** The facts of `paths`, as the CLI's scan makes them (a minified, generated or unparsable file has none). */
function factsOf(root: string, paths: readonly string[], engine: Engine, cache: ScanCache): Map<string, ModuleFacts> {
  const facts = new Map<string, ModuleFacts>();
  if (paths.length === 0) return facts;
  const scanned = scanFileList(
    root,
    paths.map((path) => ({ path })),
    { engine, cache },
  );
  for (const { file, scan } of scanned.scanned) if (scan.module) facts.set(file, scan.module);
  return facts;
}

/**
 * The per-file cache without the write at the end of each list scanned: a module the link reads is a list of
 * one file, and a cold process wrote a pack for each (23 on Papermark), whose indexes every later process then
 * read on its first file. Its new entries are written with the process's others, as one pack (at exit, at the
 * whole project's scan, or once they pass the pack size: store.ts).
 */
function withoutFlush(cache: ScanCache): ScanCache {
  const store = cache.store;
  return {
    ...cache,
    store: {
      get: (key, accept, count) => store.get(key, accept, count),
      set: (key, value) => store.set(key, value),
      has: (key) => store.has(key),
      get stats() {
        return store.stats;
      },
    },
  };
}

/**
 * The resolver, made when the link stage first resolves an import: its first import of a package name reads every
 * folder's package.json, or the packages an earlier process found in the same files (workspace-memo.ts).
 */
function lazyResolver(root: string, files: readonly string[], tree: Tree): ModuleResolver {
  let resolver: ModuleResolver | undefined;
  // The listing saw every folder's package.json and tsconfig.json: no `existsSync` per folder.
  const make = () => createResolver(root, files, (path) => listedHas(tree, path), workspaceMemo(workspaceFile(defaultCacheDir(root), root), root, files, tree));
  return { resolve: (from, specifier) => (resolver ??= make()).resolve(from, specifier), autoImportFiles: (from) => (resolver ??= make()).autoImportFiles!(from) };
}

/**
 * The project's state from `listed` (every code file and its stat now): the facts `previous` read of files
 * whose stat it knew are kept; the others are read when a link asks for them.
 */
function build(root: string, engine: Engine, listed: Map<string, ListedStat>, tree: Tree, previous: ProjectState | undefined): ProjectState {
  const isReused = !!previous && previous.engine === engine;
  const cache = isReused ? previous.cache : { store: openDiskCache(defaultCacheDir(root)), fingerprint: policyFingerprint(engine.policy) };
  const files = new Map<string, Listed>();
  for (const [file, stat] of listed) {
    const old = isReused ? previous.files.get(file) : undefined;
    files.set(file, old && old.isRead && sameStat(old.stat, stat) ? old : { stat, facts: undefined, isRead: false });
  }
  const resolver = lazyResolver(root, [...listed.keys()], tree);
  // Read only where a linted file's link asks a pass without stored passes (the first process on a project).
  const texts = new ProjectTexts(root, [...listed.keys()], resolver);
  const unflushed = withoutFlush(cache);
  const load = (file: string): ModuleFacts | undefined => {
    const entry = files.get(file);
    if (!entry) return undefined;
    if (!entry.isRead) {
      entry.facts = factsOf(root, [file], engine, unflushed).get(file);
      entry.isRead = true;
    }
    return entry.facts;
  };
  const passes = loadPasses(defaultCacheDir(root), root, cache.fingerprint, listed);
  return { engine, files, tree, demand: new DemandLinks(load, engine.sinks, resolver, passes, texts), passes, links: undefined, resolver, cache, nextCheckAt: Date.now() + RECHECK_MS, check: undefined };
}

/**
 * The whole project's links: every file's facts (those not read yet from the per-file cache, else scanned) and
 * every summary, or the state an earlier process stored from exactly these files; stored for the next process.
 */
function wholeLinks(root: string, state: ProjectState): ProjectLinks {
  const listed = new Map([...state.files].map(([file, entry]) => [file, entry.stat]));
  const stored = loadLinkState(defaultCacheDir(root), root, state.cache.fingerprint, listed);
  if (stored) {
    for (const [file, entry] of state.files) if (!entry.isRead) (entry.facts = stored.facts.get(file)), (entry.isRead = true);
  } else {
    const unread = [...state.files].filter(([, entry]) => !entry.isRead).map(([file]) => file);
    const facts = factsOf(root, unread, state.engine, state.cache);
    for (const file of unread) {
      const entry = state.files.get(file)!;
      entry.facts = facts.get(file);
      entry.isRead = true;
    }
  }
  const modules = new Map<string, ModuleFacts>();
  for (const [file, entry] of state.files) if (entry.facts) modules.set(file, entry.facts);
  const links = new ProjectLinks(modules, state.engine.sinks, state.resolver, stored?.summaries);
  const digest = stored ? stored.summaries.digest : saveLinkState(defaultCacheDir(root), root, state.cache.fingerprint, listed, modules, links.summaryTable());
  // Stored again where none were stored for these files, or they cannot be read (a damaged file).
  if (!state.passes?.passes() && digest) {
    const signatures = new Map<string, string>();
    for (const [file, facts] of modules) signatures.set(file, linkSignature(facts)!);
    savePasses(defaultCacheDir(root), root, state.cache.fingerprint, listed, { passes: links.projectIndexes(), signatures }, digest);
  }
  return links;
}

/**
 * Advances the check of the files' stats by one slice when one is due; when it completes and something changed,
 * the project is built again from what it saw.
 */
function advanceCheck(root: string, state: ProjectState): ProjectState {
  const started = Date.now();
  if (!state.check) {
    if (started < state.nextCheckAt) return state;
    state.check = { listing: startListing(state.tree), spentMs: 0 };
  }
  const check = state.check;
  const listing = check.listing;
  for (let budget = CHECK_SLICE; budget > 0 && listing.dirs.length; ) budget -= readNextDir(root, listing);
  check.spentMs += Date.now() - started;
  if (listing.dirs.length) return state;
  state.check = undefined;
  state.nextCheckAt = Date.now() + Math.max(RECHECK_MS, RECHECK_FACTOR * check.spentMs);
  if (listing.read) saveListing(defaultCacheDir(root), root, listing.tree);
  const isSame = listing.seen.size === state.files.size && [...listing.seen].every(([file, stat]) => {
    const known = state.files.get(file);
    return !!known && sameStat(known.stat, stat);
  });
  // A change's rescan and link are not counted: they are work done, not checking.
  if (isSame) {
    state.tree = listing.tree;
    return state;
  }
  return { ...build(root, state.engine, sortedFiles(listing.seen), listing.tree, state), nextCheckAt: state.nextCheckAt };
}

/** The state of a process's first lint of `root` (or of a new policy): listed from the folders as last read. */
function firstBuild(root: string, engine: Engine, known: ProjectState | undefined): ProjectState {
  const cacheDir = defaultCacheDir(root);
  // The stats a process's first listing needs were taken when the plugin was loaded (project-prefetch.ts).
  const taken = known ? undefined : takeAhead(root);
  const { files, tree, read } = listProject(root, known?.tree ?? (taken ? taken.tree : loadListing(cacheDir, root)), taken?.statOf, taken?.statAt);
  const state = build(root, engine, files, tree, known);
  // After `build` opened the cache folder (made with its .gitignore where it is new).
  if (read) saveListing(cacheDir, root, tree);
  return state;
}

/** The whole project's links for `root` (the policy's directory), fresh within a few seconds of any change. */
export function projectLinks(root: string, engine: Engine): ProjectLinks {
  const state = projectState(root, engine);
  return (state.links ??= wholeLinks(root, state));
}

export interface ProjectStats extends DemandStats {
  /** Code files listed. */
  listed: number;
  /** Whether the whole project was linked. */
  isWhole: boolean;
  /** The file whose link needed the whole project, and what for. */
  wholeFor?: string;
}

/** What the state of `root` holds now (for tests and benchmarks); undefined before its first lint. */
export function projectStats(root: string): ProjectStats | undefined {
  const state = projects.get(root);
  return state && { listed: state.files.size, isWhole: state.links !== undefined, ...(state.wholeFor ? { wholeFor: state.wholeFor } : {}), ...state.demand.stats() };
}

function projectState(root: string, engine: Engine): ProjectState {
  const known = projects.get(root);
  const state = !known || known.engine !== engine ? firstBuild(root, engine, known) : advanceCheck(root, known);
  if (state !== known) projects.set(root, state);
  return state;
}

/**
 * Flows of one linted file through the project's wrappers (`file` relative to the policy's root), from the
 * file's current facts: what the CLI's link stage reports for the same file.
 */
export function crossModuleFlows(engine: Engine, file: string, facts: ModuleFacts | undefined): FlowFinding[] {
  if (!facts || facts.calls.every((c) => c.sinkId)) return [];
  // Always the linted file's own facts object, even when the project holds the same data: a new object makes
  // the links forget what they resolved, so one file's flows never depend on which files were linted before.
  const root = engine.policy.root;
  const state = projectState(root, engine);
  if (!state.links) {
    try {
      return state.demand.flowsFor(file, facts);
    } catch (error) {
      if (!(error instanceof WholeProjectNeeded)) throw error;
      state.wholeFor = `${file}: ${error.what}`;
    }
  }
  return projectLinks(root, engine).flowsFor(file, facts);
}

/**
 * The CLI's scan of `file` (relative to the policy's root) when `text` is what the project read from disk: the
 * project state scanned it already (or read it from the per-file cache), so the lint need not scan it again.
 * Not scanned yet, it is made by `fromTree` (the scan of the tree typescript-eslint built, tree-outcome.ts), else
 * parsed as the CLI does, and stored in the per-file cache for the next process and `privmap check`.
 * Undefined for a file outside the project, an editor buffer that differs from the file, or a skipped file.
 */
export function projectScanOf(engine: Engine, file: string, text: string, fromTree?: () => FileOutcome | undefined): SourceFileScan | undefined {
  const root = engine.policy.root;
  const state = projectState(root, engine);
  const entry = state.files.get(file);
  if (!entry) return undefined;
  const hash = blobHash(Buffer.from(text, 'utf8'));
  const key = fileKey(state.cache.fingerprint, file, hash);
  const outcome = state.cache.store.get(key, isOutcome, false) as FileOutcome | undefined;
  if (outcome) return 'scan' in outcome ? outcome.scan : undefined;
  // Not scanned yet: when the file on disk is this text, scan it as the CLI does, into the per-file cache (the
  // next process reads it) and as the facts the link reads of it. An edited buffer is left to the lint's scan.
  let disk: Buffer;
  try {
    disk = readFileSync(join(root, file));
  } catch {
    return undefined;
  }
  if (blobHash(disk) !== hash) return undefined;
  const made = fromTree?.();
  let scan: SourceFileScan | undefined;
  if (made) {
    // Written with the process's other new entries, as one pack (at exit, or once they pass the pack size).
    state.cache.store.set(key, made);
    scan = 'scan' in made ? made.scan : undefined;
  } else scan = scanFileList(root, [{ path: file, hash }], { engine, cache: state.cache, read: () => disk }).scanned[0]?.scan;
  if (!entry.isRead) (entry.facts = scan?.module), (entry.isRead = true);
  return scan;
}
