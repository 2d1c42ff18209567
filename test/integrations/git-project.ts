/** A git repository holding a fixture project, with a bare `origin`, as a CI checkout sees it. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com', GIT_CONFIG_NOSYSTEM: '1' },
  });
}

export interface GitProject {
  root: string;
  /** The checkout (the workspace). */
  dir: string;
  cleanup(): void;
}

/** `fixture` copied to `subdir` of a new repository on branch main, committed and pushed to a bare origin. */
export function gitProject(fixture: string, subdir = '.'): GitProject {
  const root = mkdtempSync(join(tmpdir(), 'privmap-git-'));
  const origin = join(root, 'origin.git');
  const dir = join(root, 'work');
  mkdirSync(dir);
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(fixture, join(dir, subdir), { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'remote', 'add', 'origin', origin);
  git(dir, 'push', '-q', 'origin', 'main');
  return { root, dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
