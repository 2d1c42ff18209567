/**
 * Which files a scan reads: the project's own sources, without dependencies, build output, minified or
 * generated files, and what .gitignore or the policy's `ignore:` exclude.
 */
import { glob } from 'glob';
import ignore, { type Ignore } from 'ignore';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Skipped } from '../finding.js';

export const CODE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/out/**', '**/.next/**', '**/.nuxt/**', '**/coverage/**', '**/vendor/**', '**/*.d.ts', '**/*.d.mts', '**/*.d.cts', '**/*.min.js'];

export interface DiscoverOptions {
  extensions: string[];
  /** Globs relative to the root, from the policy. */
  ignore?: string[];
  maxFileBytes?: number;
}

export interface Discovered {
  files: string[];
  skipped: Skipped[];
  /** Files excluded by .gitignore or the policy, counted rather than listed. */
  ignoredCount: number;
}

/** .gitignore files at every level, each applying below its own folder. */
function gitignores(root: string, found: string[]): { dir: string; rules: Ignore }[] {
  return found.map((file) => ({ dir: dirname(file), rules: ignore().add(readFileSync(join(root, file), 'utf8')) }));
}

function isIgnored(file: string, ignores: { dir: string; rules: Ignore }[]): boolean {
  return ignores.some(({ dir, rules }) => {
    const path = dir === '.' ? file : file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
    return path !== undefined && rules.ignores(path);
  });
}

export async function discoverFiles(root: string, options: DiscoverOptions): Promise<Discovered> {
  const pattern = options.extensions.length === 1 ? `**/*.${options.extensions[0]}` : `**/*.{${options.extensions.join(',')}}`;
  const [all, ignoreFiles] = await Promise.all([
    glob(pattern, { cwd: root, ignore: ALWAYS_SKIPPED, nodir: true, dot: false, posix: true }),
    glob('**/.gitignore', { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], dot: true, posix: true }),
  ]);
  const ignores = gitignores(root, ignoreFiles);
  if (options.ignore?.length) ignores.push({ dir: '.', rules: ignore().add(options.ignore) });
  const maxBytes = options.maxFileBytes ?? 1024 * 1024;
  const files: string[] = [];
  const skipped: Skipped[] = [];
  let ignoredCount = 0;
  for (const file of all.sort()) {
    if (isIgnored(file, ignores)) {
      ignoredCount++;
      continue;
    }
    const size = statSync(join(root, file)).size;
    if (size > maxBytes) skipped.push({ file, reason: 'too-large', detail: `${size} bytes, limit ${maxBytes}` });
    else files.push(file);
  }
  return { files, skipped, ignoredCount };
}

/** Minified or generated content: not written by the project's developers, so not theirs to declare. */
export function contentSkipReason(text: string): 'minified' | 'generated' | undefined {
  const head = text.slice(0, 600);
  if (/@generated|DO NOT EDIT|auto-?generated|This file was generated/i.test(head)) return 'generated';
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd < 0 ? text.length : firstLineEnd;
  if (firstLine > 1000) return 'minified';
  // Average line length over the first 20 kB: bundles run to thousands of characters a line.
  const sample = Math.min(text.length, 20_000);
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < sample; i = text.indexOf('\n', i + 1)) newlines++;
  if (sample > 2000 && sample / (newlines + 1) > 300) return 'minified';
  return undefined;
}

export function relativePosix(root: string, file: string): string {
  return relative(root, file).split('\\').join('/');
}

export function exists(path: string): boolean {
  return existsSync(path);
}
