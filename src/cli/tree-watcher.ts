/**
 * The project's files watched for `--watch`: one inotify watch per folder the scan walks, not Node's recursive
 * `fs.watch`, which on Linux walks and watches every file and folder below the root synchronously, node_modules
 * and .git included (tens of thousands of watches on a monorepo, and a full walk again for each new folder).
 * Folders the scan never enters are not watched: the ones both discovery and the SQL/Prisma listing prune
 * (node_modules, dist, ...) and names starting with a dot; a file whose name starts with a dot changes nothing the scan reads, but `.gitignore`.
 * Where the system watches whole trees itself (macOS, Windows) one recursive watch is used, with the same filter.
 */
import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { PRUNED_DIRS } from '../scan/discover.js';
import { IGNORED_DIRS } from '../scan/sql/find-migrations.js';

export interface TreeWatcher {
  close(): void;
}

export interface TreeWatchOptions {
  /** Absolute paths whose changes are not the project's (the output file, the cache folder). */
  ignore: readonly string[];
  /** Files outside the tree whose changes matter too (a policy found above the root). */
  extraFiles?: readonly string[];
  /** A path (absolute) that changed, was added or removed; undefined when the system did not say which. */
  onChange(path: string | undefined): void;
}

/** Folders no walk of the scan enters: discovery (code) and the SQL/Prisma listing prune different sets. */
const PRUNED = new Set(PRUNED_DIRS.filter((name) => IGNORED_DIRS.includes(name)));
const skippedFolder = (name: string) => name.startsWith('.') || PRUNED.has(name);
const skippedFile = (name: string) => name.startsWith('.') && name !== '.gitignore';
const nativeRecursive = process.platform === 'darwin' || process.platform === 'win32';

export function watchTree(root: string, options: TreeWatchOptions): TreeWatcher {
  const ignored = (path: string) => options.ignore.some((p) => path === p || path.startsWith(p + sep));
  /** Whether a path below the root is one the scan could read. */
  const relevant = (path: string): boolean => {
    if (ignored(path)) return false;
    const parts = relative(root, path).split(sep);
    if (parts.slice(0, -1).some(skippedFolder)) return false;
    const last = parts[parts.length - 1]!;
    return isFolder(path) ? !skippedFolder(last) : !skippedFile(last);
  };
  const extra = new Set(options.extraFiles ?? []);
  const watchers = new Map<string, FSWatcher>();
  const report = (path: string | undefined) => {
    if (path === undefined || extra.has(path) || relevant(path)) options.onChange(path);
  };

  const add = (dir: string, walked: boolean) => {
    if (watchers.has(dir) || ignored(dir)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
      const watcher = watch(dir, { persistent: true }, (_event, name) => onFolderEvent(dir, name === null ? undefined : String(name)));
      // A folder removed under its watcher: the parent's event says so; this one only stops.
      watcher.on('error', () => remove(dir));
      watchers.set(dir, watcher);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !skippedFolder(entry.name)) add(path, walked);
      // A folder that appeared after the start (made, moved in, unpacked) brings files no event named.
      else if (walked && entry.isFile()) report(path);
    }
  };
  const remove = (dir: string) => {
    for (const [path, watcher] of watchers) {
      if (path === dir || path.startsWith(dir + sep)) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };
  const onFolderEvent = (dir: string, name: string | undefined) => {
    if (name === undefined) return report(undefined);
    const path = join(dir, name);
    if (isFolder(path)) {
      if (!skippedFolder(basename(path)) && !watchers.has(path)) add(path, true);
    } else if (watchers.has(path)) {
      remove(path);
    }
    report(path);
  };

  if (nativeRecursive) {
    const watcher = watch(root, { recursive: true, persistent: true }, (_event, name) => report(name === null ? undefined : join(root, String(name))));
    watchers.set(root, watcher);
  } else {
    add(root, false);
  }
  // A policy above the root: its folder watched alone, only that file's events taken.
  for (const file of options.extraFiles ?? []) {
    const dir = join(file, '..');
    if (watchers.has(dir)) continue;
    try {
      watchers.set(dir, watch(dir, { persistent: true }, (_event, name) => (name === null || String(name) === basename(file) ? options.onChange(file) : undefined)));
    } catch {
      // A folder that cannot be watched: the policy is still read at each run.
    }
  }
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
