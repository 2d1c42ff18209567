/**
 * The little of git the change view needs, through the `git` binary: resolving refs, listing a commit's
 * files with their blob ids, and reading blobs. Nothing here fetches or writes to the repository, so it works
 * in a shallow CI clone as long as the commits it is asked about are there; when they are not, the error says
 * what to fetch.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';

const MAX_BUFFER = 1 << 30;

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'], ...(input !== undefined ? { input } : {}) });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

export interface Repository {
  /** The work tree's top folder. */
  root: string;
  /** The scanned folder relative to `root`, POSIX, `''` at the top. */
  prefix: string;
  isShallow: boolean;
}

export function openRepository(dir: string): Repository {
  const absolute = resolve(dir);
  let root: string | undefined;
  try {
    root = git(absolute, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? 'privmap diff needs the `git` command, which is not installed or not on PATH' : `${absolute} is not inside a git work tree: privmap diff compares two commits of one`);
  }
  const prefix = relative(root, absolute).split(sep).join('/');
  return { root, prefix, isShallow: tryGit(root, ['rev-parse', '--is-shallow-repository']) === 'true' };
}

const FETCH_HINT = 'privmap fetches nothing: fetch it first (e.g. `git fetch --depth=100 origin <branch>`, or `fetch-depth: 0` in actions/checkout)';

/** A ref's commit id, or a clear error naming the ref and what to fetch. */
export function resolveCommit(repo: Repository, ref: string): string {
  const sha = tryGit(repo.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!sha) throw new UsageError(`${ref} is not a commit in this clone${repo.isShallow ? ' (a shallow clone)' : ''}; ${FETCH_HINT}`);
  return sha;
}

/**
 * The default base: where the current branch left the default branch. The default branch is the pull
 * request's target in GitHub Actions (GITHUB_BASE_REF) or GitLab CI, else origin's HEAD, else main or master.
 */
export function defaultBase(repo: Repository, env: NodeJS.ProcessEnv = process.env): { ref: string; sha: string } {
  const target = env.GITHUB_BASE_REF || env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME;
  const originHead = tryGit(repo.root, ['symbolic-ref', '-q', '--short', 'refs/remotes/origin/HEAD']);
  const candidates = [...(target ? [`origin/${target}`, target] : []), ...(originHead ? [originHead] : []), 'origin/main', 'origin/master', 'main', 'master'];
  const branch = candidates.find((ref) => tryGit(repo.root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]));
  if (!branch) throw new UsageError(`no default branch found to compare with (tried ${[...new Set(candidates)].join(', ')}); pass the base ref: privmap diff <base-ref>. ${FETCH_HINT}`);
  const sha = tryGit(repo.root, ['merge-base', branch, 'HEAD']);
  if (!sha) {
    throw new UsageError(
      `cannot find where HEAD left ${branch}${repo.isShallow ? ': this shallow clone lacks the common history' : ''}; pass the base ref (privmap diff ${branch}) or fetch more history. ${FETCH_HINT}`,
    );
  }
  return { ref: `merge-base of ${branch} and HEAD`, sha };
}

export interface TreeEntry {
  /** Relative to the scanned folder, POSIX. */
  path: string;
  blob: string;
  size: number;
}

/** The files of a commit under the scanned folder, with their blob ids and sizes. */
export function listTree(repo: Repository, commit: string): TreeEntry[] {
  const args = ['ls-tree', '-r', '-l', '-z', '--full-tree', commit];
  if (repo.prefix) args.push('--', repo.prefix);
  const out = git(repo.root, args).toString('utf8');
  const entries: TreeEntry[] = [];
  const strip = repo.prefix ? repo.prefix.length + 1 : 0;
  for (const line of out.split('\0')) {
    // `<mode> blob <sha> <size>\t<path>`; submodules (commit) and symlinks (mode 120000) are not source files.
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, blob, size] = line.slice(0, tab).split(/\s+/);
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ path: line.slice(tab + 1).slice(strip), blob: blob!, size: Number(size) });
  }
  return entries;
}

/** Reads many blobs with one `git cat-file --batch`. */
export function readBlobs(repo: Repository, blobs: readonly string[]): Map<string, Buffer> {
  const result = new Map<string, Buffer>();
  if (blobs.length === 0) return result;
  const out = git(repo.root, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(10, at);
    const [sha, type, size] = out.toString('utf8', at, headerEnd).split(' ');
    if (type === 'missing' || size === undefined) {
      at = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    result.set(sha!, out.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return result;
}

/** A file's text at a commit, or undefined where the commit does not have it. */
export function showFile(repo: Repository, commit: string, pathFromRoot: string): string | undefined {
  try {
    return git(repo.root, ['show', `${commit}:${pathFromRoot}`]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Repository-relative path of an absolute file, POSIX. */
export function fromRoot(repo: Repository, file: string): string {
  return relative(repo.root, resolve(file)).split(sep).join('/');
}
