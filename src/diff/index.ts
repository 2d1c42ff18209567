/**
 * `privmap diff`: the inventories at two points of a repository's history, and what the change between
 * them does to personal data. The work tree is scanned as `scan` does; a commit is scanned from git objects
 * (scan-commit.ts). Both sides share one cache, so the files the change did not touch are scanned once (or
 * not at all, when an earlier run cached them) and only the changed files are parsed twice.
 */
import { resolve } from 'node:path';
import { MemoryCache, openDiskCache, defaultCacheDir, policyFingerprint, type FileCache } from '../cache/index.js';
import type { Inventory } from '../inventory/types.js';
import { resolvePolicy, scanProject, type ProjectScanOptions } from '../pipeline.js';
import { parsePolicy } from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import { compareInventories } from './compare.js';
import { defaultBase, fromRoot, openRepository, resolveCommit, showFile, type Repository } from './git.js';
import type { DiffReport, DiffSide } from './model.js';
import { scanCommit } from './scan-commit.js';

export { compareInventories } from './compare.js';
export type * from './model.js';

export interface DiffOptions {
  dir: string;
  policyFile?: string;
  /** Default: where HEAD left the default branch. */
  base?: string;
  /** Default: the work tree, uncommitted changes included. */
  head?: string;
  /** As for `scanProject`; with `false` the two sides still share an in-memory cache. */
  cache?: ProjectScanOptions['cache'];
  onProgress?: (done: number, total: number) => void;
  env?: NodeJS.ProcessEnv;
}

export interface DiffOutcome {
  report: DiffReport;
  base: Inventory;
  head: Inventory;
}

/**
 * The policy as the commit had it: the change's own edits to privacy.yml count (a purpose it removes can
 * make processing undeclared). A commit without the file, or with one that does not load, is judged by the
 * work tree's policy.
 */
function policyAt(repo: Repository, commit: string, current: Policy): Policy {
  const path = fromRoot(repo, current.file);
  if (path.startsWith('..')) return current;
  const text = showFile(repo, commit, path);
  if (text === undefined) return current;
  try {
    return parsePolicy(text, current.file);
  } catch {
    return current;
  }
}

function openCache(dir: string, cache: DiffOptions['cache']): FileCache {
  if (cache === false) return new MemoryCache();
  if (cache && 'get' in cache) return cache;
  return openDiskCache(cache?.dir ? resolve(cache.dir) : defaultCacheDir(dir), { remember: true });
}

export async function diffProject(options: DiffOptions): Promise<DiffOutcome> {
  const dir = resolve(options.dir);
  const repo = openRepository(dir);
  const current = resolvePolicy(dir, options.policyFile);
  const baseSide: DiffSide = options.base ? { ref: options.base, sha: resolveCommit(repo, options.base) } : defaultBase(repo, options.env);
  const headSide: DiffSide = options.head ? { ref: options.head, sha: resolveCommit(repo, options.head) } : { ref: 'work tree' };
  const store = openCache(dir, options.cache);
  const atCommit = (sha: string) => {
    const policy = policyAt(repo, sha, current);
    return scanCommit({ repo, commit: sha, dir, policy, cache: { store, fingerprint: policyFingerprint(policy) } });
  };
  const head = headSide.sha
    ? await atCommit(headSide.sha)
    : await scanProject({ dir, policyFile: current.file, cache: store, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  const base = await atCommit(baseSide.sha!);
  return { report: compareInventories(base, head, { base: baseSide, head: headSide }), base, head };
}
