/**
 * Which repository, commit and branch a push describes: flags first, then the CI system's variables (GitHub
 * Actions, GitLab, Bitbucket, CircleCI, Azure Pipelines, Buildkite, Jenkins), then git itself.
 */
import { execFileSync } from 'node:child_process';
import { basename, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { ScanIdentity } from './record.js';

export interface IdentityFlags {
  repo?: string;
  commit?: string;
  branch?: string;
  time?: string;
}

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `owner/name` from a remote URL (https, ssh or scp form), without credentials or `.git`. */
export function repositoryFromRemote(remote: string): string | undefined {
  const match = /[:/]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(remote.replace(/\/\/[^@/]*@/, '//'));
  return match?.[1];
}

function fromCi(env: NodeJS.ProcessEnv): Partial<ScanIdentity> {
  const first = (...names: string[]) => names.map((n) => env[n]).find((v) => v);
  const circle = env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME ? `${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}` : undefined;
  const repository = first('GITHUB_REPOSITORY', 'CI_PROJECT_PATH', 'BITBUCKET_REPO_FULL_NAME', 'BUILD_REPOSITORY_NAME', 'BUILDKITE_PIPELINE_SLUG') ?? circle;
  const commit = first('GITHUB_SHA', 'CI_COMMIT_SHA', 'BITBUCKET_COMMIT', 'CIRCLE_SHA1', 'BUILD_SOURCEVERSION', 'BUILDKITE_COMMIT', 'GIT_COMMIT');
  // A pull request's GITHUB_REF_NAME is `123/merge`; its head branch is the useful name.
  const branch = first('GITHUB_HEAD_REF', 'GITHUB_REF_NAME', 'CI_COMMIT_REF_NAME', 'BITBUCKET_BRANCH', 'CIRCLE_BRANCH', 'BUILD_SOURCEBRANCHNAME', 'BUILDKITE_BRANCH', 'GIT_BRANCH');
  return { ...(repository ? { repository } : {}), ...(commit ? { commit } : {}), ...(branch ? { branch } : {}) };
}

export function scanIdentity(dir: string, flags: IdentityFlags, env: NodeJS.ProcessEnv = process.env, now = new Date()): ScanIdentity {
  const root = resolve(dir);
  const ci = fromCi(env);
  const remote = flags.repo || ci.repository ? undefined : git(root, ['remote', 'get-url', 'origin']);
  const repository = flags.repo || ci.repository || (remote && repositoryFromRemote(remote)) || basename(git(root, ['rev-parse', '--show-toplevel']) ?? root);
  const commit = flags.commit || ci.commit || git(root, ['rev-parse', 'HEAD']);
  if (!commit) throw new UsageError(`cannot tell which commit ${root} is at (not a git work tree, no CI variables): pass --commit <sha>`);
  const gitBranch = flags.branch || ci.branch ? undefined : git(root, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const branch = flags.branch || ci.branch || (gitBranch && gitBranch !== 'HEAD' ? gitBranch : undefined);
  let scannedAt = now.toISOString();
  if (flags.time) {
    const time = new Date(flags.time);
    if (Number.isNaN(time.getTime())) throw new UsageError(`--time expects an ISO date, got "${flags.time}"`);
    scannedAt = time.toISOString();
  }
  return { repository, commit, ...(branch ? { branch } : {}), scannedAt };
}
