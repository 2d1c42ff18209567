/**
 * V8's compiled code for a CommonJS file, kept between runs: Node 20 has no `module.enableCompileCache`
 * (22.1), and compiling TypeScript's 9 MB bundle costs a one-file-changed scan about 0.2 s of CPU on every
 * run. The file is compiled with `vm.Script` and the `cachedData` of the last run, run with the same wrapper
 * and arguments Node's own loader gives it, and registered in `require.cache`, so a later `require` of the
 * same file gets this very module (one TypeScript copy per process).
 *
 * The data is made once, right after the file has loaded (and `warmUp` has run what a run will need), not at
 * exit: by the end of a long run V8 has flushed the bytecode of functions not run for a while, the file's top
 * level first, and data taken then makes every later load compile the whole 9 MB script again (measured: 0.3 s
 * of a 0.6 s load, no faster than no cache at all; taken after load, 0.3 s in all).
 *
 * The data is keyed by Node's and V8's version, the platform, and the file's path, size and mtime; V8 checks
 * it again (its version, flags and the source's length) and rejects what does not fit. A data file whose
 * SHA-256 does not match its content (truncated, corrupt) is ignored and rewritten: V8 only checks a
 * checksum in debug builds. Every failure only costs the speed-up.
 */
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';
import { makeDirs } from './make-dirs.js';

const DIGEST_BYTES = 32;
/** In the key: data of builds that wrote it at exit (without the file's top level) is not read, and is replaced. */
const DATA_KIND = 'after-load';

function digest(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

function dataFile(dir: string, filename: string): string {
  const stat = statSync(filename);
  const key = createHash('sha256')
    .update(JSON.stringify([DATA_KIND, process.version, process.versions.v8, process.platform, process.arch, filename, stat.size, stat.mtimeMs]))
    .digest('hex')
    .slice(0, 32);
  return join(dir, `${key}.bin`);
}

/** The data file's payload when its digest checks out; anything else (missing, short, corrupt) is none. */
function readData(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= DIGEST_BYTES) return undefined;
    const payload = bytes.subarray(DIGEST_BYTES);
    return digest(payload).equals(bytes.subarray(0, DIGEST_BYTES)) ? payload : undefined;
  } catch {
    return undefined;
  }
}

function writeData(file: string, payload: Buffer): void {
  // Per process and thread: `--workers` threads each load TypeScript and may write at the same time.
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    makeDirs(dirname(file));
    writeFileSync(temporary, Buffer.concat([digest(payload), payload]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable: nothing was written.
    }
  }
}

/**
 * A source file's text. An ASCII file (TypeScript's bundle is) is decoded as Latin-1, a copy of its bytes: the
 * UTF-8 decoder of `readFileSync(file, 'utf8')` took 0.1-0.2 s of CPU for the 9 MB bundle, against 0.05 s.
 */
function readSource(filename: string): string {
  const bytes = readFileSync(filename);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * `require(filename)` through V8's code cache in `dir`. When the cache had nothing usable, the new data is
 * written as soon as the module has loaded and `warmUp` has run on its exports (a parse of a small sample, for
 * TypeScript), so it holds the top level and the functions every run needs.
 */
export function requireWithCodeCache(filename: string, dir: string, warmUp?: (exports: unknown) => void): unknown {
  const cached = require_.cache[filename];
  if (cached?.loaded) return cached.exports;
  let file: string;
  let source: string;
  try {
    file = dataFile(dir, filename);
    source = readSource(filename);
  } catch {
    return require_(filename);
  }
  const cachedData = readData(file);
  const script = new Script(Module.wrap(source), { filename, cachedData });
  const module = new Module(filename);
  module.filename = filename;
  const requireFromFile = createRequire(filename);
  module.paths = requireFromFile.resolve.paths('x') ?? [];
  require_.cache[filename] = module;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, requireFromFile, module, filename, dirname(filename));
  } catch (error) {
    delete require_.cache[filename];
    throw error;
  }
  module.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    try {
      warmUp?.(module.exports);
    } catch {
      // The warm-up only decides what the data holds.
    }
    writeData(file, script.createCachedData());
  }
  return module.exports;
}

const require_ = createRequire(import.meta.url);
