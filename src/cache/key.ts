import { createHash } from 'node:crypto';

/** The cache key of one file: what changes its result (the fingerprint), where it is, and what it holds. */
export function fileKey(fingerprint: string, path: string, contentHash: string): string {
  return createHash('sha1').update(`${fingerprint}\0${path}\0${contentHash}`).digest('hex');
}
