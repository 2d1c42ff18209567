/**
 * The inventory at a commit, without checking it out: code files are listed from `git ls-tree`, and a file
 * whose blob the cache already knows (the same content seen at the other side of the diff or in an earlier
 * run) is not read at all; the rest are read with one `git cat-file --batch` per chunk. Migrations and
 * Prisma schemas, which replay as histories, are written to a temporary folder and scanned there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { minimatch } from 'minimatch';
import { fileKey } from '../cache/key.js';
import { createEngine } from '../engine.js';
import type { ScanResult } from '../finding.js';
import { buildInventory } from '../inventory/build.js';
import type { Inventory } from '../inventory/types.js';
import type { Policy } from '../policy/types.js';
import { scanCodeFiles, type CodeFile, type ScanCache } from '../scan/code/index.js';
import { PACKAGE_OUTPUT_DIRS, PRUNED_DIRS } from '../scan/discover.js';
import { scanPrisma } from '../scan/prisma/index.js';
import { scanSql } from '../scan/sql/index.js';
import { listTree, readBlobs, type Repository, type TreeEntry } from './git.js';
import { codeFilesOf } from './tree-files.js';

/** How many missing blobs one `git cat-file --batch` reads: bounds the bytes held at once. */
const BLOB_CHUNK = 400;

/**
 * `read` for the code scan: blobs the cache lacks are read ahead in chunks, in scan order, and dropped once
 * used. A file read though its entry exists (a damaged entry) is read on its own.
 */
function blobReader(repo: Repository, files: readonly CodeFile[], cache: ScanCache): (path: string) => Buffer {
  const missing = files.filter((f) => !cache.store.has(fileKey(cache.fingerprint, f.path, f.hash!)));
  const position = new Map(missing.map((f, i) => [f.path, i]));
  const blobOf = new Map(files.map((f) => [f.path, f.hash!]));
  const ahead = new Map<string, Buffer>();
  return (path) => {
    let bytes = ahead.get(path);
    if (!bytes) {
      const from = position.get(path);
      const chunk = from === undefined ? [path] : missing.slice(from, from + BLOB_CHUNK).map((f) => f.path);
      const blobs = readBlobs(repo, chunk.map((p) => blobOf.get(p)!));
      for (const p of chunk) {
        const blob = blobs.get(blobOf.get(p)!);
        if (blob) ahead.set(p, blob);
      }
      bytes = ahead.get(path);
      if (!bytes) throw new Error(`cannot read ${path} from git`);
    }
    ahead.delete(path);
    return bytes;
  };
}

/** Files the database sources read: migrations, Prisma schemas, and the package.json files that may point at one. */
function databaseInputs(entries: readonly TreeEntry[], sqlGlobs: readonly string[]): TreeEntry[] {
  return entries.filter((e) => {
    const segments = e.path.split('/');
    // The SQL and Prisma listing prunes output and vendored folders at any depth (find-migrations.ts), as before.
    if (segments.slice(0, -1).some((s) => PRUNED_DIRS.includes(s) || PACKAGE_OUTPUT_DIRS.includes(s))) return false;
    const name = segments[segments.length - 1]!;
    return name.endsWith('.sql') || name.endsWith('.prisma') || name === 'package.json' || sqlGlobs.some((g) => minimatch(e.path, g, { dot: true }));
  });
}

async function scanDatabaseFiles(repo: Repository, entries: readonly TreeEntry[], policy: Policy, engine: ReturnType<typeof createEngine>): Promise<ScanResult[]> {
  const inputs = databaseInputs(entries, policy.sql);
  if (!inputs.some((e) => !e.path.endsWith('package.json'))) return [];
  const folder = mkdtempSync(join(tmpdir(), 'privmap-diff-'));
  try {
    const blobs = readBlobs(repo, inputs.map((e) => e.blob));
    for (const entry of inputs) {
      const target = join(folder, entry.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, blobs.get(entry.blob) ?? '');
    }
    return [await scanSql(folder, { engine, extraGlobs: policy.sql }), await scanPrisma(folder, { engine })];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface CommitScanOptions {
  repo: Repository;
  commit: string;
  /** The scanned folder (absolute); findings' paths are relative to it. */
  dir: string;
  policy: Policy;
  cache: ScanCache;
}

export async function scanCommit({ repo, commit, dir, policy, cache }: CommitScanOptions): Promise<Inventory> {
  const engine = createEngine(policy);
  const entries = listTree(repo, commit);
  const { files, skipped } = codeFilesOf(entries, policy.ignore);
  const code = scanCodeFiles(dir, files, { engine, cache, skipped, read: blobReader(repo, files, cache) });
  const results = [code, ...(await scanDatabaseFiles(repo, entries, policy, engine))];
  return buildInventory({ policy, results, scanRoot: dir });
}
