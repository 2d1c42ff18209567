/**
 * Which files a scan reads: the project's own sources, without dependencies, build output, minified or
 * generated files, and what .gitignore files or the policy's `ignore:` exclude.
 *
 * Dependencies and build output (`node_modules`, `dist`, ...) and `.d.ts` files are pruned silently, and
 * files excluded by .gitignore or the policy are only counted: listing thousands of them would drown the
 * few skips people need to see. Minified, generated and too-large files are listed with their reason. A file
 * git tracks is read even where a .gitignore matches it (./tracked-ignored.ts); the policy's `ignore:` holds.
 */
import ignore, { type Ignore } from 'ignore';
import { closeSync, openSync, readFileSync, readSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Skipped } from '../finding.js';
import { readDirEntries } from './dir-entries.js';
import { takeStat } from '../cache/run-inputs.js';
import { knownDiscovery, recordDiscovery } from './discover-replayed.js';
import { isManifest, isPrunedDir } from './pruned-dirs.js';
import { trackedIgnored, type TrackedIgnored } from './tracked-ignored.js';

export { PACKAGE_OUTPUT_DIRS, PRUNED_DIRS, prunedPathTest } from './pruned-dirs.js';

export const CODE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte', 'astro'];

/**
 * Source files of kinds privmap does not read, counted so a scan says what it did not see (`412 .php files
 * not scanned`) instead of passing in silence. SQL migrations and Prisma schemas have their own scanners.
 */
export const UNSCANNED_SOURCE_KINDS = ['cfc', 'cfm', 'clj', 'cljs', 'cs', 'dart', 'elm', 'erl', 'ex', 'exs', 'fs', 'go', 'groovy', 'java', 'kt', 'kts',
  'marko', 'php', 'py', 'rb', 'rs', 'scala', 'swift', 'vb'];
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export const MINIFIED_NAME = /\.min\.[cm]?js$/;

/** How much of a file's start the content checks read: enough for a header comment and a line-length sample. */
const HEAD_BYTES = 20_000;

export interface DiscoverOptions {
  /** Extensions without the dot: `['ts', 'js']`. */
  extensions: string[];
  /** Globs relative to the root, from the policy (gitignore syntax). */
  ignore?: string[];
  /** Larger files are skipped as `too-large`; default 4 MiB. */
  maxFileBytes?: number;
  /** Check each file's start for minified or generated content (default true). */
  checkContent?: boolean;
  /** Count files of `UNSCANNED_SOURCE_KINDS` (one skipped record per kind, `reason: not-scanned`). */
  countUnscanned?: boolean;
  /**
   * Keep what the walk learns for free for the scan cache: each listed file's stat (the walk stats every
   * file for its size anyway) and the module-resolution files of every folder walked (`package.json`,
   * `tsconfig*.json`, `jsconfig*.json`), which the cross-file link stage reads.
   */
  keepStats?: boolean;
}

/** What the scan cache compares to tell an unchanged file without reading it (git's index keeps the same). */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** Files the cross-file link stage reads to resolve imports: workspace manifests and tsconfig `paths`. */
export const RESOLUTION_FILE = /^(?:package\.json|[tj]sconfig(?:\.[\w.-]+)?\.json)$/;

export interface Discovered {
  /** POSIX paths relative to the root, sorted. */
  files: string[];
  /** Files not read, with the reason, sorted by path. */
  skipped: Skipped[];
  /** Files excluded by a .gitignore or the policy's `ignore:`, counted rather than listed. */
  ignoredCount: number;
  /** With `keepStats`: the stat of each listed file. */
  stats?: Map<string, FileStat>;
  /** With `keepStats`: the module-resolution files of the folders walked (POSIX, relative, sorted). */
  resolutionFiles?: string[];
}

interface GitignoreRules {
  dir: string;
  rules: Ignore;
}

function isIgnored(file: string, ignores: GitignoreRules[]): boolean {
  return ignores.some(({ dir, rules }) => {
    const path = dir === '.' ? file : file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
    return path !== undefined && rules.ignores(path);
  });
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Walks the tree once, in sorted order, pruning dependency and build folders and ignored folders as it
 * meets them (cheaper than globbing everything and filtering), and reading each folder's .gitignore before
 * its entries.
 */
export async function discoverFiles(root: string, options: DiscoverOptions): Promise<Discovered> {
  // The run after an edit that changed no folder's entries: the last run's result (src/scan/discover-replayed.ts).
  const known = knownDiscovery(root, options);
  if (known) return known;
  const extensions = new Set(options.extensions.map((e) => `.${e.replace(/^\./, '')}`));
  const declarationFile = /\.d\.[cm]?ts$/;
  const policyIgnore = options.ignore?.length ? ignore().add(options.ignore) : undefined;
  const ignores: GitignoreRules[] = [];
  let tracked: TrackedIgnored | undefined;
  // Left out by the policy, or by a .gitignore where git does not track it (a folder: where it holds no tracked file).
  const excluded = (path: string): boolean => {
    if (policyIgnore?.ignores(path)) return true;
    if (!isIgnored(path, ignores)) return false;
    tracked ??= trackedIgnored(root);
    return path.endsWith('/') ? !tracked.dirs.has(path.slice(0, -1)) : !tracked.files.has(path);
  };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const checkContent = options.checkContent ?? true;
  const unscannedKinds = new Set(options.countUnscanned ? UNSCANNED_SOURCE_KINDS.filter((k) => !extensions.has(`.${k}`)).map((k) => `.${k}`) : []);
  const unscanned = new Map<string, number>();
  const files: string[] = [];
  const skipped: Skipped[] = [];
  let ignoredCount = 0;
  const stats = options.keepStats ? new Map<string, FileStat>() : undefined;
  const resolutionFiles: string[] = [];

  const walk = (dir: string) => {
    const absolute = dir === '.' ? root : join(root, dir);
    let entries: Dirent[];
    try {
      entries = readDirEntries(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (dir === '.') throw new UsageError(`cannot read ${root}: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : (code ?? String(error))}`);
      // A folder the user may not read is reported, and the scan goes on without it.
      skipped.push({ file: dir, reason: code === 'EACCES' || code === 'EPERM' ? 'permission-denied' : 'unreadable', detail: code ?? String(error) });
      return;
    }
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      ignores.push({ dir, rules: ignore().add(readFileSync(join(absolute, '.gitignore'), 'utf8')) });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Paths are joined by hand: `path.join` normalises every one, which cost more than the stat on 10,000 files.
    const prefix = absolute.endsWith(sep) ? absolute : absolute + sep;
    const atPackageRoot = dir === '.' || entries.some((e) => isManifest(e.name));
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = dir === '.' ? name : `${dir}/${name}`;
      if (entry.isDirectory()) {
        if (isPrunedDir(name, atPackageRoot)) continue;
        // A folder excluded by .gitignore or the policy counts once, and is not walked.
        if (excluded(`${path}/`)) ignoredCount++;
        else walk(path);
        continue;
      }
      if (!entry.isFile()) continue;
      // Whatever the ignore rules say: the link stage reads them all the same.
      if (stats && RESOLUTION_FILE.test(name)) resolutionFiles.push(path);
      const dot = name.lastIndexOf('.');
      if (dot >= 0 && unscannedKinds.has(name.slice(dot)) && !excluded(path)) unscanned.set(name.slice(dot), (unscanned.get(name.slice(dot)) ?? 0) + 1);
      if (dot < 0 || !extensions.has(name.slice(dot)) || declarationFile.test(name)) continue;
      if (excluded(path)) {
        ignoredCount++;
        continue;
      }
      if (MINIFIED_NAME.test(name)) {
        skipped.push({ file: path, reason: 'minified', detail: 'a .min.js file' });
        continue;
      }
      const stat = takeStat(prefix + name) ?? statSync(prefix + name);
      const size = stat.size;
      stats?.set(path, { size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
      if (size > maxBytes) {
        skipped.push(tooLarge(path, size, maxBytes));
        continue;
      }
      const reason = checkContent && size > 0 ? contentSkipReason(readHead(prefix + name)) : undefined;
      if (reason) skipped.push({ file: path, reason, detail: SKIP_DETAIL[reason] });
      else files.push(path);
    }
  };
  walk('.');
  for (const [extension, count] of unscanned) {
    skipped.push({ file: `*${extension}`, reason: 'not-scanned', detail: `${count} ${extension} file${count === 1 ? '' : 's'} not scanned` });
  }
  // The walk visits folders in name order, which is not path order (`a-b/x` walks after `a/y`); sort once.
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  files.sort(byPath);
  skipped.sort((a, b) => byPath(a.file, b.file));
  return recordDiscovery(root, options, { files, skipped, ignoredCount, ...(stats ? { stats, resolutionFiles: resolutionFiles.sort(byPath) } : {}) });
}

export const tooLarge = (file: string, size: number, maxBytes: number): Skipped => ({ file, reason: 'too-large', detail: `${size} bytes, limit ${maxBytes}` });

/** Why a file's content was skipped, in words for the verbose list. */
export const SKIP_DETAIL: Record<'minified' | 'generated', string> = { generated: 'a generated-file header', minified: 'minified or bundled code' };

const GENERATED = /@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b|\bThis file (?:was|is) (?:automatically )?generated\b/i;

/**
 * Minified or generated content: not written by the project's developers, so not theirs to declare.
 * `text` may be the whole file or its start; only the start is read.
 */
export function contentSkipReason(text: string): 'minified' | 'generated' | undefined {
  // A generated-file banner sits in the leading comment, before any code.
  if (GENERATED.test(leadingComments(text))) return 'generated';
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd < 0 ? text.length : firstLineEnd;
  if (firstLine > 1000) return 'minified';
  // Average line length over the sample: bundles run to thousands of characters a line.
  const sample = Math.min(text.length, HEAD_BYTES);
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < sample; i = text.indexOf('\n', i + 1)) newlines++;
  if (sample > 2000 && sample / (newlines + 1) > 300) return 'minified';
  return undefined;
}

/** The comments (and blank lines, shebang, directives) before the first line of code, at most 2,000 characters. */
function leadingComments(text: string): string {
  const head = text.slice(0, 2000);
  const code = /^(?:\s+|#![^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/|(['"])use \w+\1;?)*/.exec(head);
  return code ? code[0] : '';
}

export function relativePosix(root: string, file: string): string {
  return relative(root, file).split('\\').join('/');
}
