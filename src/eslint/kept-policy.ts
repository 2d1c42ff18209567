/**
 * The policy an `eslint` process loads, kept as parsed data in the project's cache folder: parsing privacy.yml
 * (YAML with positions, the schema, references) cost the first linted file of every process 40-90 ms of CPU, a
 * file's whole budget (issue 12: no file may cost privmap 50 ms). The loaded `Policy` is plain data, so it is
 * stored as JSON under a key of everything it is made from: the file's text, its absolute path (the root of
 * relative globs, and of every position), and privmap's installation (its code and rules, as the per-file
 * cache's fingerprint has it). Any other text is parsed as before; a policy with problems is never kept, so its
 * errors are always the parser's own. The sink catalogue made of it is kept beside it under the same key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { installationHash } from '../cache/fingerprint.js';
import { makeDirs } from '../cache/make-dirs.js';
import { writeWhole, writerTag } from '../cache/pack.js';
import { defaultCacheDir } from '../cache/store.js';
import { createEngine, type Engine } from '../engine.js';
import { catalogueOf } from '../flows/catalogue.js';
import type { SinkDef } from '../flows/types.js';
import { loadPolicy, parsePolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';

/** Bumped when what is kept changes shape (2: the sink catalogue beside the policy). */
const FORMAT = 2;

interface Kept {
  format: number;
  key: string;
  policy: Policy;
  /**
   * The sink catalogue made of the policy and the built-in sinks (validated, normalised, sorted): loading it cost
   * the first linted file 15-20 ms of CPU (the schema's checks of every built-in sink), and the key covers
   * everything it is made from (the policy's text, privmap's rules and code).
   */
  sinks?: SinkDef[];
}

/** Where the policy at `file` (absolute) is kept: in the per-file cache's folder. */
export function keptPolicyFile(file: string): string {
  return join(defaultCacheDir(dirname(file)), 'policies', `${createHash('sha1').update(file).digest('hex')}.json`);
}

function read(path: string, key: string): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(path, 'utf8')) as Partial<Kept> | null;
    if (!kept || kept.format !== FORMAT || kept.key !== key || !kept.policy || typeof kept.policy !== 'object') return undefined;
    return { format: FORMAT, key, policy: kept.policy, ...(Array.isArray(kept.sinks) ? { sinks: kept.sinks } : {}) };
  } catch {
    return undefined;
  }
}

/**
 * A policy loaded before its project's cache folder existed (the first `eslint` process on a project, whose
 * project state makes the folder a moment later), kept once the folder is there: the next process would
 * otherwise parse privacy.yml again on its first file.
 */
let pending: { path: string; kept: Kept } | undefined;

/** Keeps the policy loaded before its cache folder existed, now that it does; nothing otherwise. */
export function keepPendingPolicy(): void {
  if (!pending || !existsSync(dirname(dirname(pending.path)))) return;
  const { path, kept } = pending;
  pending = undefined;
  keep(path, kept);
}

function keep(path: string, kept: Kept): void {
  // Only into a cache folder the project has (the per-file cache makes it, with its .gitignore): the lint
  // itself must not leave a new folder in the user's checkout.
  if (!existsSync(dirname(dirname(path)))) {
    pending = { path, kept };
    return;
  }
  try {
    makeDirs(dirname(path));
    writeWhole(path, JSON.stringify(kept), writerTag());
  } catch {
    // A read-only or full disk: the next process parses the policy again.
  }
}

/** The policy's text, where it is kept, and the key of what is kept; undefined when the file cannot be read. */
function locate(file: string): { text: string; key: string; path: string } | undefined {
  const absolute = resolve(file);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
  const key = createHash('sha1').update(`${FORMAT}\0${installationHash()}\0${absolute}\0`).update(text).digest('hex');
  return { text, key, path: keptPolicyFile(absolute) };
}

/** `loadPolicy(file)`, read back from the cache folder when the same text was loaded by the same privmap. */
export function loadKeptPolicy(file: string): Policy {
  const at = locate(file);
  // Unreadable: the loader says why, in the CLI's words.
  if (!at) return loadPolicy(file);
  const kept = read(at.path, at.key);
  if (kept) return kept.policy;
  const policy = parsePolicy(at.text, file);
  keep(at.path, { format: FORMAT, key: at.key, policy });
  return policy;
}

/**
 * `createEngine(loadPolicy(file))`, its policy and sink catalogue read back from the cache folder when the same
 * text was loaded by the same privmap. A policy whose sinks or rules are invalid throws as `createEngine` does,
 * and nothing is kept.
 */
export function loadKeptEngine(file: string): Engine {
  const at = locate(file);
  if (!at) return createEngine(loadPolicy(file));
  const kept = read(at.path, at.key);
  if (kept?.sinks) return createEngine(kept.policy, catalogueOf(kept.sinks));
  const policy = kept?.policy ?? parsePolicy(at.text, file);
  const engine = createEngine(policy);
  keep(at.path, { format: FORMAT, key: at.key, policy, sinks: [...engine.sinks.sinks] });
  return engine;
}
