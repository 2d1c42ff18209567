/**
 * The whole job as a library call: find and load the policy, run every source, build the inventory.
 * The CLI is a thin layer over this.
 */
import { resolve } from 'node:path';
import { defaultCacheDir, type FileCache, openDiskCache, policyFingerprint } from './cache/index.js';
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from './engine.js';
import { UsageError } from './errors.js';
import type { ScanResult } from './finding.js';
import { buildInventory } from './inventory/build.js';
import type { Inventory } from './inventory/types.js';
import { findPolicy, loadPolicy } from './policy/index.js';
import type { Policy } from './policy/types.js';
import { unjudgedPolicy } from './policy/unjudged.js';
import { scanCode, type ScanCache } from './scan/code/index.js';
import { checkDatabaseUrl } from './scan/postgres/check-url.js';
import { scanPostgres } from './scan/postgres/index.js';
import { scanPrisma } from './scan/prisma/index.js';
import { IGNORED_DIRS } from './scan/sql/find-migrations.js';
import { listFiles } from './scan/list-files.js';
import { withSharedListing } from './scan/dir-entries.js';

export interface DatabaseOptions {
  /** A connection URL; without it `pg` reads the standard PG* environment variables. */
  url?: string;
  sampleRows?: number;
}

export interface ProjectScanOptions {
  dir: string;
  /** Explicit policy file; default: `privacy.yml` found upward from `dir`. */
  policyFile?: string;
  /** Scan a live PostgreSQL database too. */
  database?: DatabaseOptions;
  /**
   * Per-file results kept between runs (default on, in `defaultCacheDir(dir)`): a folder, a cache object, or
   * `false` for none.
   */
  cache?: { dir?: string } | FileCache | false;
  /** Worker threads for the code scan: a number, or `auto` (default; see src/scan/code/pool.ts). */
  workers?: number | 'auto';
  onProgress?: (done: number, total: number) => void;
  /** Without a policy file, list every element unjudged instead of failing (`privmap scan`'s first look). */
  allowMissingPolicy?: boolean;
  /**
   * The policy and its engine kept between scans in one process (`--watch`): made again only when the policy's
   * file or text changed, so the detector compiled for it, and everything memoised per policy, are kept too.
   */
  kept?: KeptPolicy;
}

export interface KeptPolicy {
  key?: string;
  policy?: Policy;
  engine?: Engine;
}

/** The cache a scan of `dir` uses, or none; its key covers everything besides a file that changes its result. */
export function openScanCache(dir: string, policy: Policy, cache: ProjectScanOptions['cache']): ScanCache | undefined {
  if (cache === false) return undefined;
  const store = cache && 'get' in cache ? cache : openDiskCache(cache?.dir ? resolve(cache.dir) : defaultCacheDir(dir));
  return { store, fingerprint: policyFingerprint(policy) };
}

export function resolvePolicy(dir: string, policyFile?: string, allowMissing = false): Policy {
  const file = policyFile ? resolve(policyFile) : findPolicy(resolve(dir));
  if (!file && allowMissing) return unjudgedPolicy(dir);
  if (!file) {
    throw new UsageError(`no privacy.yml found in ${resolve(dir)} or above; run \`privmap init\` there or pass --policy <file>`);
  }
  return loadPolicy(file);
}

/** The database URL: the flag, else the environment variable the policy names, else PG* variables. */
export function resolveDatabaseUrl(policy: Policy, url: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (url) return url;
  const name = policy.database?.urlEnv;
  const fromEnv = name ? env[name] || undefined : undefined;
  if (fromEnv) checkDatabaseUrl(fromEnv, `$${name}`);
  return fromEnv;
}

/**
 * The SQL migrations' scan, its module loaded only when there is SQL to read: libpg-query compiles and
 * instantiates its WebAssembly parser as it is imported, a few percent of a warm scan's CPU time.
 */
async function scanSqlFiles(dir: string, engine: ReturnType<typeof createEngine>, extraGlobs: string[], listed: string[]): Promise<ScanResult> {
  if (listed.length === 0 && extraGlobs.length === 0) return { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [] };
  const { scanSql } = await import('./scan/sql/index.js');
  return scanSql(dir, { engine, extraGlobs, listed });
}

export async function scanProject(options: ProjectScanOptions): Promise<Inventory> {
  // Discovery and the SQL/Prisma listing read each folder once between them.
  return withSharedListing(() => scanProjectOnce(options));
}

/** The policy and its engine: the kept ones while the policy's text is the same (its text decides both). */
function policyAndEngine(dir: string, options: ProjectScanOptions): { policy: Policy; engine: Engine } {
  const kept = options.kept;
  const make = () => {
    const policy = resolvePolicy(dir, options.policyFile, options.allowMissingPolicy);
    return { policy, engine: createEngine(policy) };
  };
  if (!kept) return make();
  const file = options.policyFile ? resolve(options.policyFile) : findPolicy(dir);
  let text: string | null = null;
  try {
    text = file ? readFileSync(file, 'utf8') : null;
  } catch {
    // Unreadable: made (and reported) as a fresh run would; nothing kept.
    return make();
  }
  const key = JSON.stringify([file ?? null, text]);
  if (kept.key === key && kept.policy && kept.engine) return { policy: kept.policy, engine: kept.engine };
  const made = make();
  Object.assign(kept, { key, ...made });
  return made;
}

async function scanProjectOnce(options: ProjectScanOptions): Promise<Inventory> {
  const dir = resolve(options.dir);
  const { policy, engine } = policyAndEngine(dir, options);
  const cache = openScanCache(dir, policy, options.cache);
  // SQL migrations and Prisma schemas found by one walk of the tree, not one each.
  const schemaFiles = listFiles(dir, ['.sql', '.prisma'], IGNORED_DIRS);
  const results: ScanResult[] = [
    await scanCode(dir, {
      engine,
      ignore: policy.ignore,
      detection: { detection: policy.detection, categories: Object.keys(policy.categories) },
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(cache ? { cache } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    }),
    await scanSqlFiles(dir, engine, policy.sql, schemaFiles.filter((f) => f.endsWith('.sql'))),
    await scanPrisma(dir, { engine, listed: schemaFiles.filter((f) => f.endsWith('.prisma')) }),
  ];
  if (options.database) {
    const url = resolveDatabaseUrl(policy, options.database.url);
    const schemas = policy.database?.schemas;
    results.push(
      await scanPostgres({
        engine,
        ...(url ? { url } : {}),
        ...(schemas?.include ? { include: { schemas: schemas.include } } : {}),
        ...(schemas?.exclude ? { exclude: { schemas: schemas.exclude } } : {}),
        ...(options.database.sampleRows ? { sample: { rows: options.database.sampleRows } } : {}),
      }),
    );
  }
  return buildInventory({ policy, results, scanRoot: dir });
}
