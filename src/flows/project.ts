/**
 * The project's wrapper summaries for the ESLint plugin, so a linted file's call of `sendEmail({ to })` is
 * judged as the CLI judges it. Computed once per process per project root (every code file's module facts,
 * parse-only), and kept fresh: at most once every few seconds the files' modification times are compared and
 * only the changed files are read again. Synchronous, because ESLint rules are.
 *
 * The facts come through the CLI's per-file cache (`node_modules/.cache/privmap`, same keys as `privmap check`
 * run at the policy's folder): a whole-project scan costs about as much CPU as typescript-eslint's whole lint,
 * so only the first ESLint process on a cold cache pays it; later runs and editor sessions read the facts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { blobHash, defaultCacheDir, fileKey, openDiskCache, policyFingerprint } from '../cache/index.js';
import { type ListedStat, loadLinkState, saveLinkState } from '../cache/link-state.js';
import type { Engine } from '../engine.js';
import type { FlowFinding } from '../finding.js';
import { isOutcome, scanFileList, type FileOutcome, type ScanCache } from '../scan/code/scan-files.js';
import type { SourceFileScan } from '../scan/code/types.js';
import { ProjectLinks } from './link.js';
import type { ModuleFacts } from './module-facts.js';
import { createResolver, type ModuleResolver } from './resolve-modules.js';

const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.output', 'vendor']);
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
}

/** A check of the files' stats in progress: folders left to read, and what was seen so far. */
interface Check {
  dirs: string[];
  seen: Map<string, ListedStat>;
  /** CPU-free measure of its cost: wall-clock ms spent in its slices. */
  spentMs: number;
}

interface ProjectState {
  engine: Engine;
  /** Every listed code file, sorted, with the stat it was listed with and its facts. */
  files: Map<string, Listed>;
  links: ProjectLinks;
  cache: ScanCache;
  /** When the next check starts (ms since the epoch), unless one is under way. */
  nextCheckAt: number;
  check: Check | undefined;
}

const projects = new Map<string, ProjectState>();

function statOf(path: string): ListedStat | undefined {
  try {
    const stat = statSync(path);
    return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
  } catch {
    return undefined;
  }
}

/** Reads one folder of the listing: its code files' stats into `seen`, its subfolders onto `dirs`; the entries read. */
function readDir(root: string, dir: string, dirs: string[], seen: Map<string, ListedStat>): number {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return 1;
  }
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) dirs.push(path);
    } else if (CODE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      const stat = statOf(join(root, path));
      if (stat) seen.set(path, stat);
    }
  }
  return 1 + entries.length;
}

/** Every code file of the project with its stat, sorted by path. */
function listFiles(root: string): Map<string, ListedStat> {
  const dirs = [''];
  const seen = new Map<string, ListedStat>();
  while (dirs.length) readDir(root, dirs.pop()!, dirs, seen);
  return sorted(seen);
}

const sorted = (files: ReadonlyMap<string, ListedStat>) => new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

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

/** The resolver, made when the link stage first resolves an import: making it reads every folder's package.json. */
function lazyResolver(root: string, files: readonly string[]): ModuleResolver {
  let resolver: ModuleResolver | undefined;
  return { resolve: (from, specifier) => (resolver ??= createResolver(root, files)).resolve(from, specifier) };
}

/**
 * The project's state from `listed` (every code file and its stat now): the facts of files whose stat is the
 * one `previous` knew are kept, the others read (from the per-file cache, else scanned), and the project linked.
 * A process's first state comes from the state stored by an earlier process when no file changed since.
 */
function build(root: string, engine: Engine, listed: Map<string, ListedStat>, previous: ProjectState | undefined): ProjectState {
  const isReused = !!previous && previous.engine === engine;
  const cache = isReused ? previous.cache : { store: openDiskCache(defaultCacheDir(root)), fingerprint: policyFingerprint(engine.policy) };
  const paths = [...listed.keys()];
  const files = new Map<string, Listed>();
  const stored = isReused ? undefined : loadLinkState(defaultCacheDir(root), root, cache.fingerprint, listed);
  const changed: string[] = [];
  for (const [file, stat] of listed) {
    const old = isReused ? previous.files.get(file) : undefined;
    if (stored) files.set(file, { stat, facts: stored.facts.get(file) });
    else if (old && sameStat(old.stat, stat)) files.set(file, old);
    else {
      files.set(file, { stat, facts: undefined });
      changed.push(file);
    }
  }
  for (const [file, facts] of factsOf(root, changed, engine, cache)) files.get(file)!.facts = facts;
  const modules = new Map<string, ModuleFacts>();
  for (const [file, entry] of files) if (entry.facts) modules.set(file, entry.facts);
  const links = new ProjectLinks(modules, engine.sinks, lazyResolver(root, paths), stored?.summaries);
  if (!stored) saveLinkState(defaultCacheDir(root), root, cache.fingerprint, listed, modules, links.summaryTable());
  return { engine, files, links, cache, nextCheckAt: Date.now() + RECHECK_MS, check: undefined };
}

/**
 * Advances the check of the files' stats by one slice when one is due; when it completes and something changed,
 * the project is built again from what it saw.
 */
function advanceCheck(root: string, state: ProjectState): ProjectState {
  const started = Date.now();
  if (!state.check) {
    if (started < state.nextCheckAt) return state;
    state.check = { dirs: [''], seen: new Map(), spentMs: 0 };
  }
  const check = state.check;
  for (let budget = CHECK_SLICE; budget > 0 && check.dirs.length; ) budget -= readDir(root, check.dirs.pop()!, check.dirs, check.seen);
  check.spentMs += Date.now() - started;
  if (check.dirs.length) return state;
  state.check = undefined;
  state.nextCheckAt = Date.now() + Math.max(RECHECK_MS, RECHECK_FACTOR * check.spentMs);
  const isSame = check.seen.size === state.files.size && [...check.seen].every(([file, stat]) => {
    const known = state.files.get(file);
    return !!known && sameStat(known.stat, stat);
  });
  // A change's rescan and link are not counted: they are work done, not checking.
  return isSame ? state : { ...build(root, state.engine, sorted(check.seen), state), nextCheckAt: state.nextCheckAt };
}

/** The project's links for `root` (the policy's directory), fresh within a few seconds of any change. */
export function projectLinks(root: string, engine: Engine): ProjectLinks {
  return projectState(root, engine).links;
}

function projectState(root: string, engine: Engine): ProjectState {
  const known = projects.get(root);
  const state = !known || known.engine !== engine ? build(root, engine, listFiles(root), known) : advanceCheck(root, known);
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
  return projectLinks(engine.policy.root, engine).flowsFor(file, facts);
}

/**
 * The CLI's scan of `file` (relative to the policy's root) when `text` is what the project read from disk: the
 * project state scanned it already (or read it from the per-file cache), so the lint need not scan it again.
 * Undefined for a file outside the project, an editor buffer that differs from the file, or a skipped file.
 */
export function projectScanOf(engine: Engine, file: string, text: string): SourceFileScan | undefined {
  const state = projectState(engine.policy.root, engine);
  if (!state.files.has(file)) return undefined;
  const key = fileKey(state.cache.fingerprint, file, blobHash(Buffer.from(text, 'utf8')));
  const outcome = state.cache.store.get(key, isOutcome, false) as FileOutcome | undefined;
  return outcome && 'scan' in outcome ? outcome.scan : undefined;
}
