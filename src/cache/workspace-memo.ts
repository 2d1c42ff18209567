/**
 * The workspace packages the ESLint plugin's resolver found (resolve-modules.ts: every package.json between a
 * code file and the root, read at a linted file's first import of a package name), kept beside the project's
 * listing for the next `eslint` process: the walk over every file's folders and the reading of each manifest
 * cost documenso's first linted file 7 ms of its 50 (issue 12). `eslint-<hash>.workspace.json` holds the digest
 * of the listed files' paths (which folders the walk visits), every folder of the listing holding a package.json
 * with that file's stat (size, mtime, ctime, inode), and the packages in the order the walk found them. It is
 * used only while all of it is the same, none of the manifests racy (an mtime not older than the memo's own
 * write); a folder whose package.json is not a plain file, or anything else, walks again and stores the result.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Tree } from '../flows/project-listing.js';
import type { WorkspaceMemo, WorkspacePackage } from '../flows/resolve-modules.js';
import { readWithTime } from './link-state.js';
import { makeDirs } from './make-dirs.js';
import { writeWhole, writerTag } from './pack.js';

/** Bumped when the memo's shape changes. */
const FORMAT = 1;

/** A manifest's folder (POSIX, relative to the root; the root is `.`, as the resolver names it) and its stat. */
type Manifest = [dir: string, size: number, mtimeMs: number, ctimeMs: number, ino: number];
type StoredPackage = [name: string, dir: string, entries: string[], subpaths: [string, string][]];

interface MemoFile {
  format: number;
  root: string;
  paths: string;
  manifests: Manifest[];
  packages: StoredPackage[];
}

/** Every package.json the listing saw, with its stat now; undefined where one is not a plain file (the resolver asks the file system then). */
function manifestsOf(root: string, tree: Tree): Manifest[] | undefined {
  const manifests: Manifest[] = [];
  for (const [dir, listed] of tree) {
    if (listed.marks.includes('package.json?')) return undefined;
    if (!listed.marks.includes('package.json')) continue;
    let stat;
    try {
      stat = statSync(join(root, dir, 'package.json'), { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (!stat) return undefined;
    manifests.push([dir === '' ? '.' : dir, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino]);
  }
  return manifests;
}

const sameManifests = (a: unknown, b: readonly Manifest[]) =>
  Array.isArray(a) && a.length === b.length && b.every((m, i) => Array.isArray(a[i]) && m.every((v, j) => (a[i] as unknown[])[j] === v));

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function packageOf(value: unknown): WorkspacePackage | undefined {
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [name, dir, entries, subpaths] = value as unknown[];
  if (typeof name !== 'string' || typeof dir !== 'string' || !isStrings(entries) || !Array.isArray(subpaths) || !subpaths.every((s) => isStrings(s) && s.length === 2)) return undefined;
  return { name, dir, entries, subpaths: new Map(subpaths as [string, string][]) };
}

/**
 * The memo of `root`'s workspace packages in `file`, for a resolver over `files` (sorted, as the project lists
 * them) of the listing `tree`. Its key is made when the resolver first asks (most processes' first import of a
 * package name); where it cannot hold (a package.json that is not a plain file) nothing is read or kept.
 */
export function workspaceMemo(file: string, root: string, files: readonly string[], tree: Tree): WorkspaceMemo {
  let key: { manifests: Manifest[]; paths: string } | null | undefined;
  const keyNow = () => {
    if (key === undefined) {
      const manifests = manifestsOf(root, tree);
      key = manifests ? { manifests, paths: createHash('sha1').update(files.join('\0')).digest('hex') } : null;
    }
    return key;
  };
  return {
    read() {
      const now = keyNow();
      if (!now) return undefined;
      const { manifests, paths } = now;
      const read = readWithTime(file);
      if (!read) return undefined;
      const { bytes, writtenAt } = read;
      let stored: MemoFile;
      try {
        stored = JSON.parse(bytes.toString('utf8')) as MemoFile;
      } catch {
        return undefined;
      }
      if (!stored || stored.format !== FORMAT || stored.root !== resolve(root) || stored.paths !== paths || !Array.isArray(stored.packages)) return undefined;
      // A manifest written within the memo's own timestamp may have changed again unseen.
      if (!sameManifests(stored.manifests, manifests) || manifests.some((m) => m[2] >= writtenAt)) return undefined;
      const packages = stored.packages.map(packageOf);
      return packages.every((p) => p !== undefined) ? (packages as WorkspacePackage[]) : undefined;
    },
    write(packages) {
      const now = keyNow();
      if (!now) return;
      const body: MemoFile = { format: FORMAT, root: resolve(root), paths: now.paths, manifests: now.manifests, packages: packages.map((p) => [p.name, p.dir, p.entries, [...p.subpaths]]) };
      try {
        makeDirs(join(file, '..'));
        writeWhole(file, JSON.stringify(body), writerTag());
      } catch {
        // A read-only or full disk: the next process walks again.
      }
    },
  };
}
