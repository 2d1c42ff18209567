/**
 * Creates a folder and its missing parents one level at a time. Node 20's `mkdirSync(dir, { recursive: true })`
 * never returns for a path under /proc (or another file system where mkdir answers ENOENT for a parent that
 * exists): it retries the same level forever, and a synchronous loop never lets SIGTERM's handler run. One
 * plain `mkdir` per missing level fails at once instead, with the error of the level that cannot be made
 * (ENOENT, ENOTDIR when a parent is a file, EACCES, EROFS).
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let level = resolve(dir);
  for (;;) {
    const stat = statSync(level, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${level}'`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(level);
    const parent = dirname(level);
    if (parent === level) break;
    level = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (error) {
      // Made meanwhile by a concurrent run: what matters is that it is a folder now.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(path).isDirectory()) throw error;
    }
  }
}
