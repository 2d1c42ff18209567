/**
 * The link cache against every flows fixture (issue 14): after any one file is edited without changing what
 * other modules see of it, a scan with the cache judges only that file's calls again, on what the previous
 * link kept. Whatever the link stage reads across the whole project (callers, job handlers, implementers,
 * globals) must come out as a scan without cache finds it, for every fixture and every file edited.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDiskCache, policyFingerprint } from '../../src/cache/index.js';
import { createEngine } from '../../src/engine.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { flowsRoot } from '../helpers/flow-fixture.js';

const CODE = /\.(?:[cm]?[jt]sx?)$/;
const policy = loadPolicy(join(flowsRoot, 'privacy.yml'));
const engine = createEngine(policy);
const fingerprint = policyFingerprint(policy);
const work = mkdtempSync(join(tmpdir(), 'privmap-incremental-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...codeFiles(path));
    else if (entry.isFile() && CODE.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Every file older than the snapshots the test writes, as a checked-out tree is: none is racy. */
function age(dir: string, secondsAgo: number) {
  const when = new Date(Date.now() - secondsAgo * 1000);
  for (const file of codeFiles(dir)) utimesSync(file, when, when);
}

const fixtures = readdirSync(flowsRoot).filter((name) => statSync(join(flowsRoot, name)).isDirectory()).sort();

describe('a scan with the link cache after one edited file gives what a scan without cache gives', () => {
  it.each(fixtures)('%s', async (fixture) => {
    const dir = join(work, fixture);
    cpSync(join(flowsRoot, fixture), dir, { recursive: true });
    age(dir, 120);
    const files = codeFiles(dir);
    for (const [i, file] of files.entries()) {
      const cacheDir = join(work, `${fixture}.cache.${i}`);
      await scanCode(dir, { engine, workers: 0, cache: { store: openDiskCache(cacheDir), fingerprint } });
      // A comment at the end: the file's link signature stays, its calls stay where they were.
      appendFileSync(file, `\n// edited ${i}\n`);
      age(dir, 60);
      const warm = await scanCode(dir, { engine, workers: 0, cache: { store: openDiskCache(cacheDir), fingerprint } });
      const cold = await scanCode(dir, { engine, workers: 0 });
      expect(warm.findings, `${fixture}: ${relative(dir, file)} edited`).toEqual(cold.findings);
    }
    // Three scans per file of the fixture (wrappers has 173 files): a correctness test, not a timed one, so a loaded
    // machine gets the time it needs (this one took 60-143 s under load 5-25).
  }, 600_000);
});
