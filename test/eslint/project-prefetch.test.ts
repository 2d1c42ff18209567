/**
 * Issue 12 (no file may cost privmap 50 ms): the stats the first linted file needs (every listed folder and code
 * file, privmap's own files) are taken asynchronously when the plugin is loaded, and the first listing reads
 * them from memory. A stat taken ahead is used once, only while it is young (the age the project state may have
 * in an editor session), and a listing made with them is the listing made without.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../src/cache/store.js';
import { saveListing } from '../../src/cache/link-state.js';
import { listProject } from '../../src/flows/project-listing.js';
import { AHEAD_MS, prefetchProject, StatsTakenAhead, statsByPlace, takeAhead } from '../../src/flows/project-prefetch.js';
import { StatsWorker } from '../../src/flows/stats-worker.js';
import { listingFile } from '../../src/cache/link-state.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-project-prefetch-'));
  mkdirSync(join(dir, 'src/lib'), { recursive: true });
  writeFileSync(join(dir, 'privacy.yml'), 'version: 1\n');
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'src/lib/b.ts'), 'export const b = 2;\n');
  const when = new Date(Date.now() - 60_000);
  for (const path of ['src/lib', 'src', '']) utimesSync(join(dir, path), when, when);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('stats taken ahead', () => {
  it('gives the stat taken while it is young, and the file system’s once it is older than the state may be', async () => {
    let now = 1_000;
    const ahead = new StatsTakenAhead(() => now);
    const file = join(dir, 'src/a.ts');
    await ahead.take([file, join(dir, 'src/gone.ts')]);
    writeFileSync(file, 'export const a = 100;\n');

    expect(ahead.statOf(file)!.size).toBe('export const a = 1;\n'.length);
    expect(ahead.fresh(join(dir, 'src/gone.ts'))).toBeNull();
    expect(ahead.statOf(join(dir, 'src/gone.ts'))).toBeUndefined();
    // Never taken ahead: stat-ed now.
    expect(ahead.fresh(join(dir, 'src/lib/b.ts'))).toBeUndefined();
    expect(ahead.statOf(join(dir, 'src/lib/b.ts'))!.size).toBe(statSync(join(dir, 'src/lib/b.ts')).size);

    now += AHEAD_MS + 1;
    expect(ahead.fresh(file)).toBeUndefined();
    expect(ahead.statOf(file)!.size).toBe('export const a = 100;\n'.length);
  });

  it('lists the project as a listing without them does', async () => {
    const first = listProject(dir, undefined);
    const ahead = new StatsTakenAhead();
    await ahead.take([dir, join(dir, 'src'), join(dir, 'src/lib'), join(dir, 'src/a.ts'), join(dir, 'src/lib/b.ts')]);
    const taken = listProject(dir, first.tree, ahead.statOf);
    expect(taken.files).toEqual(listProject(dir, first.tree).files);
    expect([...taken.files.keys()]).toEqual(['src/a.ts', 'src/lib/b.ts']);
  });
});

describe('stats taken by a worker', () => {
  it('reads the stored listing and stats what it lists by place, readable without a turn of the event loop', () => {
    const stored = listProject(dir, undefined);
    saveListing(defaultCacheDir(dir), dir, stored.tree);
    const worker = StatsWorker.start(listingFile(defaultCacheDir(dir), dir), dir)!;
    // ESLint's main thread keeps busy while the worker runs: stats taken with fs.promises would wait for it.
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    for (const until = Date.now() + 20_000; !(worker.listing() && worker.statAt(4)) && Date.now() < until; ) Atomics.wait(sleeper, 0, 0, 5);
    expect(worker.listing()!.text).toContain('"src/lib"');
    expect(worker.total()).toBe(5);
    // Places in the stored listing's order: each folder, then its code files.
    const byPlace = statsByPlace(stored.tree, worker);
    const paths: string[] = [];
    for (const [folder, listed] of stored.tree) {
      expect(byPlace(folder, -1)!.ino).toBe(statSync(join(dir, folder)).ino);
      listed.files.forEach((name, i) => {
        paths.push(join(folder, name));
        expect(byPlace(folder, i)!.size).toBe(statSync(join(dir, folder, name)).size);
      });
    }
    expect(paths.sort()).toEqual(['src/a.ts', 'src/lib/b.ts']);
    expect(byPlace('src/gone', -1)).toBeUndefined();
  });

  it('gives nothing by place for a listing other than the one it stat-ed, nor once its stats are old', () => {
    const stored = listProject(dir, undefined);
    saveListing(defaultCacheDir(dir), dir, stored.tree);
    const worker = StatsWorker.start(listingFile(defaultCacheDir(dir), dir), dir)!;
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    for (const until = Date.now() + 20_000; !worker.statAt(4) && Date.now() < until; ) Atomics.wait(sleeper, 0, 0, 5);
    const other = new Map(stored.tree);
    other.set('src/lib', { ...other.get('src/lib')!, files: [...other.get('src/lib')!.files, 'c.ts'] });
    expect(statsByPlace(other, worker)('', -1)).toBeUndefined();
    let now = Date.now();
    const aged = statsByPlace(stored.tree, worker, () => now);
    expect(aged('', -1)).toBeDefined();
    now += AHEAD_MS + 1_000;
    expect(aged('', -1)).toBeUndefined();
  });

  it('says there is no listing where none was stored', async () => {
    const worker = StatsWorker.start(listingFile(defaultCacheDir(dir), dir), dir)!;
    await worker.finished;
    expect(worker.listing()).toEqual({ text: undefined });
  });
});

describe('the first listing of a process, taken ahead', () => {
  it('reads the stored folders and the stats of what they list for the policy found from the working directory, once', async () => {
    // The cache goes to node_modules/.cache/privmap, as in a project with its dependencies installed.
    mkdirSync(join(dir, 'node_modules'));
    utimesSync(dir, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const stored = listProject(dir, undefined);
    saveListing(defaultCacheDir(dir), dir, stored.tree);

    await prefetchProject(join(dir, 'src'));
    expect(takeAhead(join(dir, 'src'))).toBeUndefined();
    const taken = takeAhead(dir)!;
    expect(taken.tree).toEqual(stored.tree);
    expect(taken.statAt).toBeDefined();
    const listed = listProject(dir, taken.tree, taken.statOf, taken.statAt);
    expect(listed.read).toBe(0);
    expect(listed.files).toEqual(stored.files);
    // By place alone: a path stat-ed now would be a miss of the worker's stats.
    const now: string[] = [];
    expect(listProject(dir, taken.tree, (path) => (now.push(path), undefined), taken.statAt).files).toEqual(stored.files);
    expect(now).toEqual([]);
    // Used once: the next listing (a check of an editor session) stats the files itself.
    expect(takeAhead(dir)).toBeUndefined();
  });

  it('takes nothing where no policy is found', async () => {
    rmSync(join(dir, 'privacy.yml'));
    await prefetchProject(dir);
    expect(takeAhead(dir)).toBeUndefined();
  });
});
