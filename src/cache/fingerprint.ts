/**
 * Everything besides a file's own content that changes what scanning it yields: privmap's version and code,
 * the TypeScript parser's version, the built-in rules and sinks (`rules/**`), and the policy's detection
 * section (its extra rules and sinks, default region, and the category ids the detector may answer with).
 * Purposes, recipients and declarations are NOT in it: the judgement against the policy is redone on every
 * run, so editing them keeps every cached file.
 *
 * The package's own compiled files are hashed too: a development build (`npm link`, a branch) changes code
 * without changing the version, and a stale cache there would silently report old results. Reading and
 * hashing them costs about 60 ms, which every CLI run and the first file of every `eslint` process paid: the
 * hash is kept in the temporary folder beside the files' stats (size, mtime, ctime, inode: a rewritten file
 * changes its ctime whatever its mtime says), and a run whose stats all match reads it back.
 *
 * A built installation does not stat its code at all: `npm run build` hashes the compiled files once and writes
 * the digest beside them (`dist/installation.json`, scripts/installation-digest.mjs), with the sizes of the two
 * bundles it made; while both bundles have those sizes and are not newer than the stamp (a `tsc` or bundler run
 * alone rewrites them) the digest is taken from there. Listing, stat-ing and hashing the stats of 450 code files cost the first file of
 * every `eslint` process 8-10 ms of its 50 (issue 12). The rules are still checked by their stats, which a
 * user may edit in place, and a stamp that is missing, damaged or whose bundles changed falls back to hashing
 * the files, so only a hand-edited compiled file goes unseen (no build does that).
 */
import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Policy } from '../policy/types.js';
import { VERSION } from '../version.js';
import { writeWhole, writerTag } from './pack.js';

/** What the digest reads of a stat (stats taken ahead carry only these). */
type StatNumbers = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

/** Bumped when the shape of a cache entry changes. */
export const CACHE_FORMAT = 1;

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Every file under `dir` (sorted, recursive) whose name `accept`s, with its path relative to `dir`. */
function listTree(dir: string, accept: (name: string) => boolean, prefix = '', out: { path: string; name: string }[] = []): { path: string; name: string }[] {
  let entries;
  try {
    entries = [...(readdirTakenAhead?.(dir) ?? readdirSync(dir, { withFileTypes: true }))];
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listTree(path, accept, `${prefix}${entry.name}/`, out);
    else if (entry.isFile() && accept(entry.name)) out.push({ path, name: `${prefix}${entry.name}` });
  }
  return out;
}

/** The version of the TypeScript the CLI parses with, read from its package.json: loading the compiler to ask costs 0.2 s. */
let parserVersion: string | undefined;
export function typescriptVersion(): string {
  return (parserVersion ??= (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version);
}

/** Where the installation's hash is kept with the stats of the files it was read from, one file per installation. */
const MEMO = join(tmpdir(), `privmap-installation-${createHash('sha1').update(PACKAGE_ROOT).digest('hex').slice(0, 16)}.json`);

const isRuleFile = (name: string) => /\.ya?ml$/.test(name);
const isCodeFile = (name: string) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.map');

/** The build's stamp beside the compiled code (scripts/installation-digest.mjs writes it). */
export const INSTALLATION_STAMP = 'installation.json';
/** Bumped when the stamp's shape changes; the build script writes the same number. */
export const STAMP_FORMAT = 1;

/** The bundles `npm run build` makes, whose sizes its stamp records (paths relative to the compiled code). */
export const STAMPED_BUNDLES: readonly string[] = ['cli/main.js', 'eslint/index.js'];

/**
 * The folders `installationHash` reads and which of their files count, and the files it stats, for whoever takes
 * their stats ahead: the rules and the stamped bundles (a build without a stamp lists its code on the first file).
 */
export const INSTALLATION_TREES: readonly { dir: string; accept: (name: string) => boolean }[] = [{ dir: join(PACKAGE_ROOT, 'rules'), accept: isRuleFile }];
export const INSTALLATION_FILES: readonly string[] = [INSTALLATION_STAMP, ...STAMPED_BUNDLES].map((name) => join(CODE_DIR, name));

/**
 * Stats of this installation's files taken a moment ago off the main thread (the ESLint plugin starts them when
 * it is loaded, src/flows/project-prefetch.ts), so the first linted file does not wait for 450 `stat`s; a path
 * it has no fresh stat for is stat-ed here.
 */
let statTakenAhead: ((path: string) => StatNumbers | undefined) | undefined;
/** The same for the folders' entries (30 `readdir`s), so the first linted file reads none. */
let readdirTakenAhead: ((dir: string) => readonly Dirent[] | undefined) | undefined;
export function useStatsTakenAhead(stat: (path: string) => StatNumbers | undefined, readdir?: (dir: string) => readonly Dirent[] | undefined): void {
  statTakenAhead = stat;
  readdirTakenAhead = readdir;
}

let installed: string | undefined;
/** The rules and the code shipped with this installation, hashed once per process (read back while unchanged). */
export function installationHash(): string {
  return (installed ??= installationDigest(join(PACKAGE_ROOT, 'rules'), CODE_DIR, MEMO));
}

/**
 * The digest of the code under `codeDir` as the build computed it (`codeDigest` below), when the build's stamp
 * is there and the bundles it names still have the sizes it made them with; else undefined.
 */
function builtCodeDigest(codeDir: string): string | undefined {
  const stampFile = join(codeDir, INSTALLATION_STAMP);
  let stamp: { format?: unknown; code?: unknown; bundles?: unknown };
  let stampedAt: number;
  try {
    stampedAt = (statTakenAhead?.(stampFile) ?? statSync(stampFile)).mtimeMs;
    stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as typeof stamp;
  } catch {
    return undefined;
  }
  if (!stamp || stamp.format !== STAMP_FORMAT || typeof stamp.code !== 'string' || !/^[0-9a-f]{40}$/.test(stamp.code)) return undefined;
  const bundles = stamp.bundles;
  if (!bundles || typeof bundles !== 'object' || Object.keys(bundles).length === 0) return undefined;
  for (const [name, size] of Object.entries(bundles as Record<string, unknown>)) {
    try {
      const stat = statTakenAhead?.(join(codeDir, name)) ?? statSync(join(codeDir, name));
      // Written after the stamp (a `tsc` or a bundler run alone), or of another size: the code may differ.
      // An installed package has one mtime for every file (npm's), so it never looks newer.
      if (stat.size !== size || stat.mtimeMs > stampedAt) return undefined;
    } catch {
      return undefined;
    }
  }
  return stamp.code;
}

/**
 * The installation's digest: the code's as the build stamped it, with the rules' (checked by their stats, read
 * back from `memoFile`); without a usable stamp, `treeDigest` of both, as before.
 */
export function installationDigest(rulesDir: string, codeDir: string, memoFile: string): string {
  const code = builtCodeDigest(codeDir);
  if (code === undefined) return treeDigest(rulesDir, codeDir, memoFile);
  return createHash('sha1').update(`built\0${code}\0${treeDigest(rulesDir, undefined, memoFile)}`).digest('hex');
}

/** The digest of the code files under `codeDir`, as `npm run build` stamps it (the same bytes in the same order). */
export function codeDigest(codeDir: string): string {
  const hash = createHash('sha1');
  for (const { path, name } of listTree(codeDir, isCodeFile)) hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  return hash.digest('hex');
}

/**
 * The digest of the rule files under `rulesDir` and the code files under `codeDir` (none: the rules alone), read
 * back from `memoFile` while every file's size, mtime, ctime and inode are the ones it was computed from.
 */
export function treeDigest(rulesDir: string, codeDir: string | undefined, memoFile: string): string {
  const files = [
    ...listTree(rulesDir, isRuleFile, 'rules/'),
    ...(codeDir === undefined ? [] : listTree(codeDir, isCodeFile)),
  ];
  const stats = createHash('sha1');
  let newest = 0;
  for (const { path, name } of files) {
    try {
      const st = statTakenAhead?.(path) ?? statSync(path);
      stats.update(`${name}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}\n`);
      newest = Math.max(newest, st.mtimeMs);
    } catch {
      stats.update(`${name}\0gone\n`);
    }
  }
  const statKey = stats.digest('hex');
  const kept = readKept(memoFile, statKey);
  if (kept) return kept;
  const hash = createHash('sha1');
  for (const { path, name } of files) {
    try {
      hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
    } catch {
      // Gone since it was listed: the stats above say so too.
    }
  }
  const digest = hash.digest('hex');
  // A file written in the last two seconds may be written again within a coarse file system's time resolution
  // with the same size: its stats would not tell, so the digest is not kept.
  if (Date.now() - newest > 2000) keep(memoFile, statKey, digest);
  return digest;
}

function readKept(memoFile: string, statKey: string): string | undefined {
  try {
    const kept = JSON.parse(readFileSync(memoFile, 'utf8')) as { stats?: unknown; hash?: unknown };
    return kept.stats === statKey && typeof kept.hash === 'string' && /^[0-9a-f]{40}$/.test(kept.hash) ? kept.hash : undefined;
  } catch {
    return undefined;
  }
}

function keep(memoFile: string, statKey: string, hash: string): void {
  try {
    writeWhole(memoFile, JSON.stringify({ stats: statKey, hash }), writerTag());
  } catch {
    // A read-only temporary folder: the next run hashes the files again.
  }
}

export interface FingerprintInput {
  /** Defaults to the installed privmap's version. */
  version?: string;
  detection: Policy['detection'];
  categories: string[];
}

export function scanFingerprint({ version = VERSION, detection, categories }: FingerprintInput): string {
  return createHash('sha1')
    .update(
      JSON.stringify({
        format: CACHE_FORMAT,
        version,
        typescript: typescriptVersion(),
        installation: installationHash(),
        detection,
        categories: [...categories].sort(),
      }),
    )
    .digest('hex');
}

export function policyFingerprint(policy: Policy, version?: string): string {
  return scanFingerprint({ ...(version ? { version } : {}), detection: policy.detection, categories: Object.keys(policy.categories) });
}
