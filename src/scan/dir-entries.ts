/**
 * One scan's folder listings, shared by the walks that list the same tree: discovery of the source files and
 * the listing of SQL migrations and Prisma schemas prune differently (.gitignore applies to code only), but
 * read mostly the same folders, and a `readdir` of 3,000 folders costs a warm scan of a 10,000-file project
 * about a tenth of its CPU time. Outside `withSharedListing` every call reads the folder afresh, so a
 * long-lived process (the ESLint plugin, a test run) never sees an old listing.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NAMED_INPUT, recordingInputs, takeListing, takeStat } from '../cache/run-inputs.js';

let shared: Map<string, Dirent[]> | undefined;

/** `readdirSync(path, { withFileTypes: true })`, read once per scan; the caller may sort the array it gets. */
export function readDirEntries(path: string): Dirent[] {
  if (!shared) return readFolder(path);
  let entries = shared.get(path);
  if (!entries) {
    entries = readFolder(path);
    shared.set(path, entries);
  }
  return entries.slice();
}

/** The folder's entries; while a CLI run records its inputs (src/cache/run-inputs.ts), its stat taken first. */
function readFolder(path: string): Dirent[] {
  const inputs = recordingInputs();
  if (!inputs || inputs.dirs.has(path)) return readdirSync(path, { withFileTypes: true });
  // Before the listing: a change after it moves the folder's mtime past what is recorded.
  const stat = takeStat(path) ?? statSync(path);
  // Unchanged since a replay recorded it (the replay check compared its stat): that listing, no `readdir`.
  const replayed = takeListing(path);
  const entries = replayed?.entries ?? readdirSync(path, { withFileTypes: true });
  inputs.dirs.set(path, replayed ? [stat.mtimeMs, stat.ctimeMs, stat.ino, entries, replayed.listing] : [stat.mtimeMs, stat.ctimeMs, stat.ino, entries]);
  for (const entry of entries) if (NAMED_INPUT.test(entry.name) && !entry.isDirectory()) inputs.named.add(join(path, entry.name));
  return entries;
}

/** Runs `scan` with listings shared between its walks; nested calls share the outer one's. */
export async function withSharedListing<T>(scan: () => Promise<T>): Promise<T> {
  const outer = shared;
  shared ??= new Map();
  try {
    return await scan();
  } finally {
    shared = outer;
  }
}
