/**
 * Issue 12 (no file may cost privmap 50 ms): the plugin lists the project's code files from the folders as last
 * read where a folder's stat did not change (its entries are the same), with every file's stat taken afresh; a
 * folder whose entries changed, or that changed too recently to tell, is read again. The folders are kept
 * between processes, and a damaged or foreign copy is never trusted.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadListing, saveListing } from '../../src/cache/link-state.js';
import { listedHas, listProject, sortedFiles } from '../../src/flows/project-listing.js';

let dir: string;

function age(path: string, secondsAgo = 60) {
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(join(dir, path), when, when);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-project-listing-'));
  mkdirSync(join(dir, 'src/lib'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"app"}');
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'src/lib/b.ts'), 'export const b = 2;\n');
  writeFileSync(join(dir, 'src/lib/types.d.ts'), 'export type T = 1;\n');
  writeFileSync(join(dir, 'node_modules/pkg/index.js'), 'module.exports = 1;\n');
  // Checked out a while ago: no folder is too recent to trust.
  for (const path of ['src/lib', 'src', 'node_modules', '']) age(path);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the project listing from the folders as last read', () => {
  it('lists the code files with their stats, skipped folders and declaration files left out', () => {
    const { files, read } = listProject(dir, undefined);
    expect([...files.keys()]).toEqual(['src/a.ts', 'src/lib/b.ts']);
    expect(files.get('src/a.ts')![0]).toBe(statSync(join(dir, 'src/a.ts')).size);
    expect(read).toBe(3);
  });

  it('reads no folder again while their stats are unchanged, and still sees a file edited in place', () => {
    const first = listProject(dir, undefined);
    const again = listProject(dir, first.tree);
    expect(again.read).toBe(0);
    expect(again.files).toEqual(first.files);

    writeFileSync(join(dir, 'src/a.ts'), 'export const a = 10;\n');
    const edited = listProject(dir, again.tree);
    expect(edited.read).toBe(0);
    expect(edited.files.get('src/a.ts')![0]).toBe('export const a = 10;\n'.length);
  });

  it('reads a folder again where a file was added or removed', () => {
    const first = listProject(dir, undefined);
    writeFileSync(join(dir, 'src/lib/c.ts'), 'export const c = 3;\n');
    // An mtime of its own, after the checkout's: aged to the same 60 s within one millisecond of beforeEach, the
    // folder's mtime came back identical and the test failed now and then (a fast run), which no real edit does.
    age('src/lib', 50);
    const added = listProject(dir, first.tree);
    expect(added.read).toBe(1);
    expect([...added.files.keys()]).toEqual(['src/a.ts', 'src/lib/b.ts', 'src/lib/c.ts']);

    rmSync(join(dir, 'src/lib/b.ts'));
    age('src/lib', 30);
    const removed = listProject(dir, added.tree);
    expect([...removed.files.keys()]).toEqual(['src/a.ts', 'src/lib/c.ts']);
  });

  it('reads a folder again that changed within two seconds of its last read', () => {
    writeFileSync(join(dir, 'src/lib/c.ts'), 'export const c = 3;\n');
    const first = listProject(dir, undefined);
    // src/lib was modified just now: another change in the same clock tick would keep its mtime.
    expect(listProject(dir, first.tree).read).toBe(1);
  });

  it('knows which folders hold a package.json or tsconfig.json', () => {
    const { tree } = listProject(dir, undefined);
    expect(listedHas(tree, 'package.json')).toBe(true);
    expect(listedHas(tree, 'src/package.json')).toBe(false);
    expect(listedHas(tree, 'src/tsconfig.json')).toBe(false);
    // Not a name the listing keeps, or a folder it did not read (a skipped one): the file system is asked.
    expect(listedHas(tree, 'src/README.md')).toBeUndefined();
    expect(listedHas(tree, 'node_modules/pkg/package.json')).toBeUndefined();
  });

  it('a folder named like a marked file is left to the file system', () => {
    mkdirSync(join(dir, 'src/tsconfig.json'));
    expect(listedHas(listProject(dir, undefined).tree, 'src/tsconfig.json')).toBeUndefined();
  });

  it('is kept between processes; a damaged or foreign copy is not used', () => {
    const cache = join(dir, '.privmap-cache');
    const { tree } = listProject(dir, undefined);
    saveListing(cache, dir, tree);
    const loaded = loadListing(cache, dir);
    expect(loaded).toEqual(tree);
    // Only the root is read again: the cache folder appeared in it after it was read.
    const again = listProject(dir, loaded);
    expect(again.read).toBe(1);
    expect([...again.files.keys()]).toEqual(['src/a.ts', 'src/lib/b.ts']);
    expect(loadListing(cache, join(dir, 'src'))).toBeUndefined();

    const [name] = readdirSync(join(cache, 'projects')).filter((n) => n.endsWith('.listing.json'));
    writeFileSync(join(cache, 'projects', name!), '{"format":2,"root":');
    expect(loadListing(cache, dir)).toBeUndefined();
  });
});

describe('the listed files sorted by path', () => {
  /** Names a careless order gets wrong: `-` and `.` sort before `/`, capitals before lower case, digits before both. */
  const names = ['a.ts', 'a-b.ts', 'B.ts', 'a0.ts', 'ab.ts', 'z.ts', '_x.ts', 'index.tsx'];
  const subfolders = ['a', 'a-b', 'a.b', 'A', 'ab', 'a0', 'é', '𝒜'];
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  it("sorts every file as the paths' own comparison does, with its stat", () => {
    for (const folder of ['src', ...subfolders.map((sub) => `src/${sub}`)]) {
      mkdirSync(join(dir, folder), { recursive: true });
      for (const name of names) writeFileSync(join(dir, folder, name), 'export {};\n');
    }
    const { files } = listProject(dir, undefined);
    const paths = [...files.keys()];
    // Besides src/lib/b.ts (src/a.ts is among the names).
    expect(paths).toHaveLength(names.length * (subfolders.length + 1) + 1);
    expect(paths).toEqual([...paths].sort(byCodeUnits));
    expect(paths.indexOf('src/a-b/z.ts')).toBeLessThan(paths.indexOf('src/a.ts'));
    expect(paths.indexOf('src/a.ts')).toBeLessThan(paths.indexOf('src/a/a.ts'));
    expect(files.get('src/a/z.ts')![0]).toBe(statSync(join(dir, 'src/a/z.ts')).size);

    const shuffled = new Map([...files].reverse());
    expect([...sortedFiles(shuffled)]).toEqual([...files]);
  });
});
