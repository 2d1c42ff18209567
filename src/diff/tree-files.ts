/**
 * Which of a commit's files the code scan reads: the same choice discovery makes on a work tree (extensions,
 * no declaration files, no dependency or build folders, no dot folders, the policy's `ignore:`, minified
 * names and the size limit), made on `git ls-tree`'s list so no file is checked out. A tracked file is read even
 * where a `.gitignore` matches it, as discovery reads it in a work tree (src/scan/tracked-ignored.ts).
 */
import ignore from 'ignore';
import type { Skipped } from '../finding.js';
import type { CodeFile } from '../scan/code/index.js';
import { CODE_EXTENSIONS, DEFAULT_MAX_FILE_BYTES, MINIFIED_NAME, prunedPathTest } from '../scan/discover.js';
import type { TreeEntry } from './git.js';

export interface TreeFiles {
  files: CodeFile[];
  skipped: Skipped[];
}

const DECLARATION_FILE = /\.d\.[cm]?ts$/;

export function codeFilesOf(entries: readonly TreeEntry[], policyIgnore: readonly string[] = []): TreeFiles {
  const extensions = new Set(CODE_EXTENSIONS.map((e) => `.${e}`));
  const ignored = policyIgnore.length ? ignore().add([...policyIgnore]) : undefined;
  const files: CodeFile[] = [];
  const skipped: Skipped[] = [];
  const isPruned = prunedPathTest(entries.map((e) => e.path));
  for (const entry of entries) {
    const segments = entry.path.split('/');
    const name = segments[segments.length - 1]!;
    const dot = name.lastIndexOf('.');
    if (dot < 0 || !extensions.has(name.slice(dot)) || DECLARATION_FILE.test(name)) continue;
    if (segments.some((s) => s.startsWith('.')) || isPruned(entry.path)) continue;
    if (ignored?.ignores(entry.path)) continue;
    if (MINIFIED_NAME.test(name)) skipped.push({ file: entry.path, reason: 'minified', detail: 'a .min.js file' });
    else if (entry.size > DEFAULT_MAX_FILE_BYTES) skipped.push({ file: entry.path, reason: 'too-large', detail: `${entry.size} bytes, limit ${DEFAULT_MAX_FILE_BYTES}` });
    else files.push({ path: entry.path, hash: entry.blob });
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  files.sort((a, b) => byPath(a.path, b.path));
  skipped.sort((a, b) => byPath(a.file, b.file));
  return { files, skipped };
}
