/**
 * V8's code cache for TypeScript's bundle (src/cache/code-cache.ts): the module a cached load gives is the one
 * `require` gives, the data is written as soon as the module has loaded (after the warm-up runs on a miss
 * only; at exit, a long run has flushed the top level's bytecode) and the next process uses it, and a corrupt or truncated data file
 * is ignored and rewritten, never run. Each load is a fresh process, as each CLI run is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** Loads `file` through the code cache in a child process; says what it exported and whether `require` agrees. */
function loadInChild(file: string, dir: string): { answer: number; sameAsRequire: boolean; warmedUp: number; writtenAtLoad: boolean } {
  const script = `
    import { existsSync, readdirSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const { requireWithCodeCache } = await import(${JSON.stringify(join(repoRoot, 'dist/cache/code-cache.js'))});
    let warmedUp = 0;
    const loaded = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(dir)}, (exports) => { warmedUp = exports.answer(); });
    const dir = ${JSON.stringify(dir)};
    const writtenAtLoad = existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.bin'));
    const again = createRequire(import.meta.url)(${JSON.stringify(file)});
    console.log(JSON.stringify({ answer: loaded.answer(), sameAsRequire: loaded === again, warmedUp, writtenAtLoad }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()) as { answer: number; sameAsRequire: boolean; warmedUp: number; writtenAtLoad: boolean };
}

function setUp(): { file: string; dir: string } {
  scratch = mkdtempSync(join(tmpdir(), 'privmap-code-cache-'));
  const file = join(scratch, 'module.cjs');
  writeFileSync(file, "const { join } = require('node:path');\nexports.answer = () => join('a', 'b').length * 14;\nexports.file = __filename;\n");
  return { file, dir: join(scratch, 'v8') };
}

const dataFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.bin'));

describe('V8 code cache', () => {
  it('gives the module require gives, and writes data the next process uses unchanged', () => {
    const { file, dir } = setUp();
    // Written before the process goes on (not at exit), after the warm-up ran on the module's exports.
    expect(loadInChild(file, dir)).toEqual({ answer: 42, sameAsRequire: true, warmedUp: 42, writtenAtLoad: true });
    const [data] = dataFiles(dir);
    expect(data).toBeDefined();
    const written = readFileSync(join(dir, data!));
    // Accepted data: no warm-up, nothing written.
    expect(loadInChild(file, dir)).toMatchObject({ answer: 42, warmedUp: 0 });
    // Accepted data is not written again.
    expect(readFileSync(join(dir, data!)).equals(written)).toBe(true);
  });

  it('ignores a corrupt or truncated data file and writes a good one in its place', () => {
    const { file, dir } = setUp();
    loadInChild(file, dir);
    const [data] = dataFiles(dir);
    const path = join(dir, data!);
    const good = readFileSync(path);
    const corrupt = Buffer.from(good);
    corrupt[corrupt.length - 5] = corrupt[corrupt.length - 5]! ^ 0xff;
    writeFileSync(path, corrupt);
    expect(loadInChild(file, dir).answer).toBe(42);
    expect(readFileSync(path).equals(corrupt)).toBe(false);
    writeFileSync(path, good.subarray(0, 10));
    expect(loadInChild(file, dir).answer).toBe(42);
    expect(readFileSync(path).length).toBeGreaterThan(32);
  });

  it('a cache folder that cannot be written only costs the speed-up', () => {
    const { file } = setUp();
    writeFileSync(join(scratch!, 'not-a-folder'), '');
    expect(loadInChild(file, join(scratch!, 'not-a-folder', 'v8')).answer).toBe(42);
  });
});
