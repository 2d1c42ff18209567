/**
 * Everything besides a file's own content that changes what scanning it yields: privmap's version and code,
 * the TypeScript parser's version, the built-in rules and sinks (`rules/**`), and the policy's detection
 * section (its extra rules and sinks, default region, and the category ids the detector may answer with).
 * Purposes, recipients and declarations are NOT in it: the judgement against the policy is redone on every
 * run, so editing them keeps every cached file.
 *
 * The package's own compiled files are hashed too: a development build (`npm link`, a branch) changes code
 * without changing the version, and a stale cache there would silently report old results. Reading them
 * costs a few milliseconds per run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Policy } from '../policy/types.js';
import { VERSION } from '../version.js';

/** Bumped when the shape of a cache entry changes. */
export const CACHE_FORMAT = 1;

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));

/** Every file under `dir` (sorted, recursive) fed to the hash with its path. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, accept: (name: string) => boolean, prefix = ''): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, path, accept, `${prefix}${entry.name}/`);
    else if (entry.isFile() && accept(entry.name)) hash.update(`${prefix}${entry.name}\0`).update(readFileSync(path)).update('\0');
  }
}

/** The version of the TypeScript the CLI parses with, read from its package.json: loading the compiler to ask costs 0.2 s. */
let parserVersion: string | undefined;
function typescriptVersion(): string {
  return (parserVersion ??= (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version);
}

let installed: string | undefined;
/** The rules and the code shipped with this installation, hashed once per process. */
function installationHash(): string {
  if (installed) return installed;
  const hash = createHash('sha1');
  hashTree(hash, join(PACKAGE_ROOT, 'rules'), (name) => /\.ya?ml$/.test(name));
  hashTree(hash, CODE_DIR, (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.map'));
  return (installed = hash.digest('hex'));
}

export interface FingerprintInput {
  /** Defaults to the installed privmap's version. */
  version?: string;
  detection: Policy['detection'];
  categories: string[];
}

export function scanFingerprint({ version = VERSION, detection, categories }: FingerprintInput): string {
  return createHash('sha1')
    .update(
      JSON.stringify({
        format: CACHE_FORMAT,
        version,
        typescript: typescriptVersion(),
        installation: installationHash(),
        detection,
        categories: [...categories].sort(),
      }),
    )
    .digest('hex');
}

export function policyFingerprint(policy: Policy, version?: string): string {
  return scanFingerprint({ ...(version ? { version } : {}), detection: policy.detection, categories: Object.keys(policy.categories) });
}
