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
import type { Engine } from '../engine.js';
import type { FlowFinding } from '../finding.js';
import { isOutcome, scanFileList, type FileOutcome, type ScanCache } from '../scan/code/scan-files.js';
import type { SourceFileScan } from '../scan/code/types.js';
import { ProjectLinks } from './link.js';
import type { ModuleFacts } from './module-facts.js';
import { createResolver } from './resolve-modules.js';

const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.turbo', '.cache', '.output', 'vendor']);
const RECHECK_MS = 3000;
/**
 * Listing and stat-ing every file is not free (40 ms for Rallly's 1,100 files on a loaded machine), and an
 * `eslint .` run pays it every few seconds for nothing: the next check waits at least this many times as long
 * as the last one took, so checking stays under a few percent of the lint's time on any repository.
 */
const RECHECK_FACTOR = 25;

interface ProjectState {
  engine: Engine;
  files: Map<string, { mtimeMs: number; facts: ModuleFacts | undefined }>;
  links: ProjectLinks;
  checkedAt: number;
  /** How long the last check took, in ms. */
  checkMs: number;
  cache: ScanCache;
}

const projects = new Map<string, ProjectState>();

function listFiles(root: string, dir = '', out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) listFiles(root, path, out);
    } else if (CODE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

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

function refresh(root: string, engine: Engine, previous: ProjectState | undefined): ProjectState {
  const started = Date.now();
  const files = new Map<string, { mtimeMs: number; facts: ModuleFacts | undefined }>();
  const isReused = !!previous && previous.engine === engine;
  const cache = isReused ? previous.cache : { store: openDiskCache(defaultCacheDir(root)), fingerprint: policyFingerprint(engine.policy) };
  const changed: string[] = [];
  for (const file of listFiles(root).sort()) {
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(join(root, file)).mtimeMs;
    } catch {
      continue;
    }
    const old = isReused ? previous?.files.get(file) : undefined;
    if (old && old.mtimeMs === mtimeMs) files.set(file, old);
    else {
      files.set(file, { mtimeMs, facts: undefined });
      changed.push(file);
    }
  }
  if (previous && isReused && changed.length === 0 && previous.files.size === files.size) return { ...previous, checkedAt: Date.now(), checkMs: Date.now() - started };
  for (const [file, facts] of factsOf(root, changed, engine, cache)) files.get(file)!.facts = facts;
  const modules = new Map<string, ModuleFacts>();
  for (const [file, entry] of files) if (entry.facts) modules.set(file, entry.facts);
  // A change's rescan and link are not counted: they are work done, not checking.
  return { engine, files, links: new ProjectLinks(modules, engine.sinks, createResolver(root, files.keys())), checkedAt: Date.now(), checkMs: previous?.checkMs ?? 0, cache };
}

/** The project's links for `root` (the policy's directory), fresh within a few seconds of any change. */
export function projectLinks(root: string, engine: Engine): ProjectLinks {
  return projectState(root, engine).links;
}

function projectState(root: string, engine: Engine): ProjectState {
  let state = projects.get(root);
  if (!state || state.engine !== engine || Date.now() - state.checkedAt > Math.max(RECHECK_MS, RECHECK_FACTOR * state.checkMs)) {
    state = refresh(root, engine, state);
    projects.set(root, state);
  }
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
