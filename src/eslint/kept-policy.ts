/**
 * The policy an `eslint` process loads, kept as parsed data in the project's cache folder: parsing privacy.yml
 * (YAML with positions, the schema, references) cost the first linted file of every process 40-90 ms of CPU, a
 * file's whole budget (issue 12: no file may cost privmap 50 ms). The loaded `Policy` is plain data, so it is
 * stored as JSON under a key of everything it is made from: the file's text, its absolute path (the root of
 * relative globs, and of every position), and privmap's installation (its code and rules, as the per-file
 * cache's fingerprint has it). Any other text is parsed as before; a policy with problems is never kept, so its
 * errors are always the parser's own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { installationHash } from '../cache/fingerprint.js';
import { makeDirs } from '../cache/make-dirs.js';
import { writeWhole, writerTag } from '../cache/pack.js';
import { defaultCacheDir } from '../cache/store.js';
import { loadPolicy, parsePolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';

/** Bumped when what is kept changes shape. */
const FORMAT = 1;

interface Kept {
  format: number;
  key: string;
  policy: Policy;
}

/** Where the policy at `file` (absolute) is kept: in the per-file cache's folder. */
export function keptPolicyFile(file: string): string {
  return join(defaultCacheDir(dirname(file)), 'policies', `${createHash('sha1').update(file).digest('hex')}.json`);
}

function read(path: string, key: string): Policy | undefined {
  try {
    const kept = JSON.parse(readFileSync(path, 'utf8')) as Partial<Kept> | null;
    return kept && kept.format === FORMAT && kept.key === key && kept.policy && typeof kept.policy === 'object' ? kept.policy : undefined;
  } catch {
    return undefined;
  }
}

/** `loadPolicy(file)`, read back from the cache folder when the same text was loaded by the same privmap. */
export function loadKeptPolicy(file: string): Policy {
  const absolute = resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    // The loader says why, in the CLI's words.
    return loadPolicy(file);
  }
  const key = createHash('sha1').update(`${FORMAT}\0${installationHash()}\0${absolute}\0`).update(text).digest('hex');
  const path = keptPolicyFile(absolute);
  const kept = read(path, key);
  if (kept) return kept;
  const policy = parsePolicy(text, file);
  // Only into a cache folder the project has (the per-file cache makes it, with its .gitignore): the lint
  // itself must not leave a new folder in the user's checkout.
  if (existsSync(dirname(dirname(path)))) {
    try {
      makeDirs(dirname(path));
      writeWhole(path, JSON.stringify({ format: FORMAT, key, policy } satisfies Kept), writerTag());
    } catch {
      // A read-only or full disk: the next process parses the policy again.
    }
  }
  return policy;
}
