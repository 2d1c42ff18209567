/**
 * Files git tracks although a `.gitignore` pattern matches them. Ignore rules only keep untracked files out of
 * git; a file committed before the pattern came (a template's `**\/lib/` over the app's `server/lib/mail.ts`) or
 * added with `git add -f` is the project's code all the same, and `privmap diff`, which reads the commit's tree,
 * already scans it. Discovery asks git once per walk, and only when a `.gitignore` rule excluded something.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { recordingInputs } from '../cache/run-inputs.js';

export interface TrackedIgnored {
  /** Paths relative to the walked root, POSIX. */
  files: ReadonlySet<string>;
  /** Every folder holding one of them, relative to the root (`server`, `server/lib`). */
  dirs: ReadonlySet<string>;
}

const NONE: TrackedIgnored = { files: new Set(), dirs: new Set() };

/**
 * Git's variables name another repository or index (a hook sets them for its own); without them git finds the
 * repository from the walked folder, as a user's `git status` there would.
 */
function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX']) delete env[name];
  return env;
}

/** Tracked files under `root` that the ignore rules match; none outside a git work tree or without git. */
export function trackedIgnored(root: string): TrackedIgnored {
  let output: string;
  try {
    output = execFileSync('git', ['-C', root, 'ls-files', '-z', '--cached', '--ignored', '--exclude-standard'], {
      encoding: 'utf8',
      env: gitEnv(),
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
  } catch {
    return NONE;
  }
  recordIndex(root);
  const files = new Set(output.split('\0').filter((path) => path !== '' && !path.startsWith('../')));
  if (files.size === 0) return NONE;
  const dirs = new Set<string>();
  for (const file of files) for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) dirs.add(file.slice(0, slash));
  return { files, dirs };
}

/**
 * While a CLI run records its inputs (src/cache/run-inputs.ts), git's index is one of them: a file added with
 * `git add -f` changes what the walk lists without changing any folder the replay compares.
 */
function recordIndex(root: string): void {
  const inputs = recordingInputs();
  if (!inputs) return;
  const index = indexFile(resolve(root));
  if (index) inputs.named.add(index);
}

/** The index of the repository holding `dir`: `.git/index`, or a linked work tree's (`.git` a file naming its folder). */
function indexFile(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const dotGit = join(at, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat) {
      if (stat.isDirectory()) return join(dotGit, 'index');
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      return pointer ? join(resolve(at, pointer[1]!.trim()), 'index') : undefined;
    }
    if (dirname(at) === at) return undefined;
  }
}
