import { Option, type Command } from 'commander';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatabaseOptions, ProjectScanOptions } from '../pipeline.js';
import { UsageError } from '../errors.js';
import { createProgress } from '../output/progress.js';
import { checkDatabaseUrl } from '../scan/postgres/check-url.js';

/** The directory to scan must exist and be a directory; said before anything looks for a policy in it. */
export function checkProjectDir(dir: string): void {
  let stats;
  try {
    stats = statSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `directory ${resolve(dir)} does not exist` : `cannot read directory ${resolve(dir)} (${code ?? 'unreadable'})`);
  }
  if (!stats.isDirectory()) throw new UsageError(`${resolve(dir)} is not a directory; privmap scans a project directory`);
}

export interface CommonOptions {
  policy?: string;
  db?: string | boolean;
  sample?: string;
  quiet?: boolean;
  verbose?: boolean;
  output?: string;
  cache?: boolean;
  cacheDir?: string;
  workers?: string;
}

/** Options every scanning command shares. */
export function addScanOptions(command: Command): Command {
  return command
    .argument('[dir]', 'project directory to scan', '.')
    .option('-p, --policy <file>', 'privacy policy file (default: privacy.yml found upward from dir)')
    .option('--db [url]', 'also scan a live PostgreSQL database (URL, or the env var named in the policy, or PG* variables)')
    .option('--sample <rows>', 'with --db: sample this many rows per table to classify column contents')
    .option('-o, --output <file>', 'write the result to this file (atomically; `-` for stdout)')
    .option('--cache-dir <dir>', 'keep per-file scan results here (default: node_modules/.cache/privmap, else .privmap-cache/)')
    .option('--no-cache', 'scan every file again and keep nothing')
    .option('--workers <n>', 'worker threads for the code scan: a number, or auto (none: threads were slower where measured; see the README)', 'auto')
    .option('-q, --quiet', 'print nothing but errors and the result')
    .option('-v, --verbose', 'show the evidence behind each finding and every skipped file');
}

export function formatOption(formats: string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default(fallback);
}

export function databaseOptions(options: CommonOptions): DatabaseOptions | undefined {
  if (options.db === undefined || options.db === false) {
    if (options.sample) throw new UsageError('--sample needs --db');
    return undefined;
  }
  const database: DatabaseOptions = {};
  if (typeof options.db === 'string') {
    checkDatabaseUrl(options.db, '--db');
    database.url = options.db;
  }
  if (options.sample !== undefined) {
    const rows = Number(options.sample);
    if (!Number.isInteger(rows) || rows < 1) throw new UsageError(`--sample expects a positive whole number of rows, got "${options.sample}"`);
    database.sampleRows = rows;
  }
  return database;
}

/** What every scanning command asks of the pipeline, from its options. */
export function projectScanOptions(dir: string, options: CommonOptions, onProgress: (done: number, total: number) => void, extra: Pick<ProjectScanOptions, 'allowMissingPolicy'> = {}): ProjectScanOptions {
  checkProjectDir(dir);
  const database = databaseOptions(options);
  return {
    ...extra,
    dir,
    ...(options.policy ? { policyFile: options.policy } : {}),
    ...(database ? { database } : {}),
    cache: options.cache === false ? false : options.cacheDir ? { dir: options.cacheDir } : {},
    workers: workersOption(options.workers),
    onProgress,
  };
}

function workersOption(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--workers expects auto or a whole number from 0 to 64, got "${value}"`);
  return n;
}

export function progressFor(options: CommonOptions): ((done: number, total: number) => void) & { stop(): void } {
  const progress = options.quiet ? { update() {}, stop() {} } : createProgress(process.stderr, 'scanning');
  return Object.assign((done: number, total: number) => progress.update(done, total), { stop: () => progress.stop() });
}
