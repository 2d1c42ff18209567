/**
 * A file's content hash, computed the way git names a blob (`sha1("blob <bytes>\0" + bytes)`), so the diff can
 * take a file's hash from `git ls-tree` without reading it, and a work-tree file and the same blob in a commit
 * share one cache entry.
 */
import { createHash } from 'node:crypto';

export function blobHash(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
