/**
 * A CLI scan replayed when nothing it read changed (src/cache/replay.ts): the same output and notes as a scan
 * without cache, and every kind of change seen, including an edit that keeps a file's size and mtime.
 */
import { type Dirent, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readReplay, replayFile, writeReplay } from '../../src/cache/replay.js';
import { emptyHandoff, recordRunInputs, type RunInputs } from '../../src/cache/run-inputs.js';
import { readDirEntries } from '../../src/scan/dir-entries.js';
import { CODE_EXTENSIONS, type Discovered, discoverFiles } from '../../src/scan/discover.js';
import { listFiles } from '../../src/scan/list-files.js';
import { IGNORED_DIRS } from '../../src/scan/sql/find-migrations.js';
import { copyFixture, runCli, runCliAsync, sampleApp } from '../helpers/cli.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Files read by name (package.json, privacy.yml) must be older than two seconds for a run to record its replay. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_100));

function project() {
  const copy = copyFixture(sampleApp);
  cleanup = copy.cleanup;
  rmSync(join(copy.dir, '.privmap-cache'), { recursive: true, force: true });
  const cacheDir = join(copy.dir, '.replay-cache');
  const scan = (...extra: string[]) => runCli(['scan', copy.dir, '-f', 'json', '--cache-dir', cacheDir, ...extra]);
  const uncached = () => runCli(['scan', copy.dir, '-f', 'json', '--no-cache']);
  const replays = () => readdirSync(join(cacheDir, 'projects')).filter((f) => f.endsWith('.replay'));
  /** The project snapshot a scan that runs rewrites when it is gone, and a replayed run never reads. */
  const removeSnapshot = () => {
    for (const f of readdirSync(join(cacheDir, 'projects'))) if (/^[0-9a-f]{40}\.json$/.test(f)) rmSync(join(cacheDir, 'projects', f));
  };
  const snapshotExists = () => readdirSync(join(cacheDir, 'projects')).some((f) => /^[0-9a-f]{40}\.json$/.test(f));
  return { dir: copy.dir, cacheDir, scan, uncached, replays, removeSnapshot, snapshotExists };
}

describe('a replayed scan', () => {
  it('writes the output and notes of a scan without cache, without scanning again', async () => {
    const p = project();
    await settle();
    const expected = p.uncached();
    const first = p.scan();
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(expected.stdout);
    expect(p.replays()).toHaveLength(1);
    p.removeSnapshot();
    const replayed = p.scan();
    expect(replayed.status).toBe(0);
    expect(replayed.stdout).toBe(expected.stdout);
    expect(replayed.stderr).toBe(first.stderr);
    // Replayed: nothing was scanned, so the snapshot a scan writes is still gone.
    expect(p.snapshotExists()).toBe(false);
    // Another command line (a format) is not this replay.
    expect(p.scan('-q').stdout).toBe(expected.stdout);
    expect(p.snapshotExists()).toBe(true);
  }, 120_000);

  it('sees a file edited to the same size with its mtime put back', async () => {
    const p = project();
    await settle();
    const file = join(p.dir, 'src/referrals/referral.ts');
    // A whole second, which utimes sets exactly.
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, second, second);
    const before = p.scan();
    expect(before.stdout).toContain('friendEmail');
    const { size } = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('friendEmail', 'friendPhone'));
    utimesSync(file, second, second);
    expect(statSync(file).size).toBe(size);
    expect(statSync(file).mtimeMs).toBe(second * 1000);
    const after = p.scan();
    expect(after.stdout).not.toContain('friendEmail');
    expect(after.stdout).toContain('friendPhone');
    expect(after.stdout).toBe(p.uncached().stdout);
  }, 120_000);

  it('sees a file added, a file removed and a policy changed', async () => {
    const p = project();
    await settle();
    p.scan();
    writeFileSync(join(p.dir, 'src/referrals/invite.ts'), 'export interface Invite {\n  inviteeEmail: string;\n}\n');
    const added = p.scan();
    expect(added.stdout).toContain('inviteeEmail');
    expect(added.stdout).toBe(p.uncached().stdout);
    rmSync(join(p.dir, 'src/referrals/invite.ts'));
    const removed = p.scan();
    expect(removed.stdout).not.toContain('inviteeEmail');
    expect(removed.stdout).toBe(p.uncached().stdout);
    await settle();
    p.scan();
    const policy = join(p.dir, 'privacy.yml');
    writeFileSync(policy, `${readFileSync(policy, 'utf8')}\n# edited\n`);
    p.removeSnapshot();
    expect(p.scan().stdout).toBe(p.uncached().stdout);
    // The policy changed within two seconds of the run: it ran, rather than replaying.
    expect(p.snapshotExists()).toBe(true);
  }, 120_000);

  it('ignores a truncated, corrupt or foreign replay file and writes a good one', async () => {
    const p = project();
    await settle();
    const expected = p.uncached().stdout;
    p.scan();
    const [name] = p.replays();
    const file = join(p.cacheDir, 'projects', name!);
    const good = readFileSync(file);
    const damaged = [
      good.subarray(0, good.length - 10),
      Buffer.concat([good.subarray(0, good.length - 20), Buffer.from('X'.repeat(20))]),
      Buffer.from('privmap-replay 2\n{"key":1,"dirs":[[null]],"files":[[5]]}\n'),
      Buffer.from('not a replay at all'),
    ];
    const [outName] = readdirSync(join(p.cacheDir, 'projects')).filter((f) => f.endsWith('.out'));
    const out = join(p.cacheDir, 'projects', outName!);
    const goodOut = readFileSync(out);
    for (const bytes of [...damaged, 'output']) {
      writeFileSync(file, good);
      // The output it holds, corrupt with its length kept.
      if (bytes === 'output') writeFileSync(out, Buffer.concat([goodOut.subarray(0, 10), Buffer.from('#'), goodOut.subarray(11)]));
      else writeFileSync(file, bytes);
      p.removeSnapshot();
      const run = p.scan();
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected);
      // Not replayed from the damaged file: it scanned (and rewrote the replay whole, which the next run reads).
      expect(p.snapshotExists()).toBe(true);
    }
    p.removeSnapshot();
    expect(p.scan().stdout).toBe(expected);
    expect(p.snapshotExists()).toBe(false);
  }, 180_000);

  it('after a one-file edit: the result without cache, a replay recorded for the next run, and a folder added or changed meanwhile seen', async () => {
    const p = project();
    await settle();
    p.scan();
    const file = join(p.dir, 'src/referrals/referral.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('friendEmail', 'friendPhone'));
    const edited = p.scan();
    expect(edited.stdout).toContain('friendPhone');
    expect(edited.stdout).toBe(p.uncached().stdout);
    // The run after the edit listed no folder (each listing came from the replay) and recorded its own replay.
    p.removeSnapshot();
    expect(p.scan().stdout).toBe(edited.stdout);
    expect(p.snapshotExists()).toBe(false);
    // A second edit, with a new folder and a new file in a folder that was handed over unchanged before.
    writeFileSync(file, readFileSync(file, 'utf8').replace('friendPhone', 'friendEmail'));
    mkdirSync(join(p.dir, 'src/invites'));
    writeFileSync(join(p.dir, 'src/invites/invite.ts'), 'export interface Invite {\n  inviteeEmail: string;\n}\n');
    const added = p.scan();
    expect(added.stdout).toContain('inviteeEmail');
    expect(added.stdout).toBe(p.uncached().stdout);
  }, 180_000);

  it('two concurrent runs after a change both give the result without cache, and leave a replay that holds', async () => {
    const p = project();
    await settle();
    p.scan();
    const file = join(p.dir, 'src/referrals/referral.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('friendEmail', 'friendPhone'));
    const expected = p.uncached().stdout;
    const args = ['scan', p.dir, '-f', 'json', '--cache-dir', p.cacheDir];
    const [a, b] = await Promise.all([runCliAsync(args), runCliAsync(args)]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.stdout).toBe(expected);
    expect(b.stdout).toBe(expected);
    expect(readdirSync(join(p.cacheDir, 'projects')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(p.scan().stdout).toBe(expected);
  }, 180_000);
});

describe('the replay file', () => {
  function recorded(dir: string): { inputs: RunInputs; file: string; code: string } {
    const code = join(dir, 'src/referrals/referral.ts');
    const stat = statSync(code);
    const inputs: RunInputs = {
      dirs: new Map(),
      files: new Map([[code, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino]]]),
      named: new Set(),
      taken: new Map(),
      listings: new Map(),
      walks: new Map(),
      knownWalks: new Map(),
    };
    return { inputs, file: replayFile(join(dir, '.c'), dir, 'key'), code };
  }

  it('does not trust a file whose mtime is not older than the replay (racy), and trusts it once older', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    // Whole seconds, which utimes sets exactly.
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(join(copy.dir, 'src/referrals/referral.ts'), second, second);
    const { inputs, file } = recorded(copy.dir);
    writeReplay(file, { key: 'key', root: copy.dir, policy: undefined, inputs, startedAt: Date.now(), notes: 'n', output: ['out'] });
    // The replay written in the same instant as the file: the file may have changed again since, unseen.
    utimesSync(file, second, second);
    expect(readReplay(file, 'key', copy.dir, undefined)).toBeUndefined();
    utimesSync(file, second + 5, second + 5);
    expect(readReplay(file, 'key', copy.dir, undefined)?.output.toString()).toBe('out');
    expect(readReplay(file, 'other key', copy.dir, undefined)).toBeUndefined();
  });

  it('hands the listings of folders whose stat is unchanged to the run after a change, entry for entry', async () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const { inputs, file, code } = recorded(copy.dir);
    const folders = [copy.dir, join(copy.dir, 'src'), join(copy.dir, 'src/referrals')];
    // The cache folder, which is in the project here, is made first: making it changes the project's folder.
    mkdirSync(dirname(file), { recursive: true });
    for (const folder of folders) {
      const stat = statSync(folder);
      inputs.dirs.set(folder, [stat.mtimeMs, stat.ctimeMs, stat.ino, readdirSync(folder, { withFileTypes: true })]);
    }
    writeReplay(file, { key: 'key', root: copy.dir, policy: undefined, inputs, startedAt: Date.now(), notes: '', output: ['out'] });
    // Written well after the folders' last change: none of them is racy.
    utimesSync(file, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    writeFileSync(code, `${readFileSync(code, 'utf8')}\n// edited\n`);
    writeFileSync(join(copy.dir, 'src/added.ts'), 'export const added = 1;\n');
    const handoff = emptyHandoff();
    expect(readReplay(file, 'key', copy.dir, undefined, handoff)).toBeUndefined();
    // `src` gained a file: it is listed again; the others are handed over, with every file's stat.
    expect([...handoff.listings.keys()].sort()).toEqual([copy.dir, join(copy.dir, 'src/referrals')].sort());
    expect(handoff.stats.get(code)?.size).toBe(statSync(code).size);
    const kinds = (entries: Dirent[]) => entries.filter((e) => !e.name.startsWith('.')).map((e) => `${e.isDirectory()}${e.isFile()}${e.isSymbolicLink()}${e.name}`);
    const { value } = await recordRunInputs(async () => folders.map((folder) => kinds(readDirEntries(folder))), handoff);
    expect(value).toEqual(folders.map((folder) => kinds(readdirSync(folder, { withFileTypes: true }))));
    // Each listing is taken once: a later read of the folder lists it.
    expect(handoff.listings.size).toBe(0);
  });

  it('hands the last run\'s walks to the run after an edit of code only; a file grown past the limit, or any other change, is walked again', async () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const file = replayFile(join(copy.dir, '.c'), copy.dir, 'key');
    mkdirSync(dirname(file), { recursive: true });
    const code = join(copy.dir, 'src/referrals/referral.ts');
    const walks = async () => ({
      discovered: await discoverFiles(copy.dir, { extensions: CODE_EXTENSIONS, checkContent: false, countUnscanned: true, keepStats: true, maxFileBytes: 4000 }),
      schemas: listFiles(copy.dir, ['.sql', '.prisma'], IGNORED_DIRS),
    });
    const record = async (handoff = emptyHandoff()) => {
      const { value, inputs } = await recordRunInputs(walks, handoff);
      // What scanCode records of discovery's stats.
      for (const [path, s] of value.discovered.stats!) inputs.files.set(join(copy.dir, path), [s.size, s.mtimeMs, s.ctimeMs, s.ino]);
      return { ...value, inputs };
    };
    const first = await record();
    expect(first.schemas).toContain('prisma/schema.prisma');
    expect(first.inputs.walks.size).toBe(2);
    const later = Date.now() + 10_000;
    writeReplay(file, { key: 'key', root: copy.dir, policy: undefined, inputs: first.inputs, startedAt: later, notes: '', output: ['out'] });
    utimesSync(file, new Date(later), new Date(later));
    const withoutStats = (d: Discovered) => ({ ...d, stats: undefined });
    const checked = () => {
      const handoff = emptyHandoff();
      expect(readReplay(file, 'key', copy.dir, undefined, handoff)).toBeUndefined();
      return handoff;
    };

    // An edit of one file's content: both walks handed over and taken, the same result as walking, its stat the new one.
    writeFileSync(code, `${readFileSync(code, 'utf8')}\n// edited\n`);
    let handoff = checked();
    expect(handoff.unchanged?.walks.size).toBe(2);
    const edited = await record(handoff);
    expect(handoff.unchanged?.walks.size).toBe(0);
    const walked = await walks();
    expect(withoutStats(edited.discovered)).toEqual(withoutStats(walked.discovered));
    expect(edited.discovered.stats).toEqual(walked.discovered.stats);
    expect(edited.discovered.stats!.get('src/referrals/referral.ts')?.size).toBe(statSync(code).size);
    expect(edited.schemas).toEqual(walked.schemas);
    // Recorded again for the next replay, with every folder (none listed) and every file read by name.
    expect([...edited.inputs.walks.keys()]).toEqual([...first.inputs.walks.keys()]);
    expect([...edited.inputs.dirs.keys()].sort()).toEqual([...first.inputs.dirs.keys()].sort());
    expect([...edited.inputs.named].sort()).toEqual([...first.inputs.named].sort());

    // Grown past the size limit: handed over, found wrong, walked again, and skipped as too large.
    writeFileSync(code, `${readFileSync(code, 'utf8')}\n// ${'x'.repeat(4000)}\n`);
    handoff = checked();
    expect(handoff.unchanged).toBeDefined();
    const grown = await record(handoff);
    expect(grown.discovered.skipped).toContainEqual(expect.objectContaining({ file: 'src/referrals/referral.ts', reason: 'too-large' }));
    expect(withoutStats(grown.discovered)).toEqual(withoutStats((await walks()).discovered));

    // A file read by name changed (an ignore rule in a .gitignore): nothing handed over.
    writeFileSync(join(copy.dir, 'src/.gitignore'), 'referrals/\n');
    expect(checked().unchanged).toBeUndefined();
    rmSync(join(copy.dir, 'src/.gitignore'));
    // A folder's entries changed (a file added): nothing handed over.
    writeFileSync(join(copy.dir, 'src/added.ts'), 'export const added = 1;\n');
    expect(checked().unchanged).toBeUndefined();
  });

  it('is not written when a file read by name changed in the two seconds before the run', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const { inputs, file } = recorded(copy.dir);
    const manifest = join(copy.dir, 'package.json');
    inputs.named.add(manifest);
    writeReplay(file, { key: 'key', root: copy.dir, policy: undefined, inputs, startedAt: Date.now(), notes: '', output: ['out'] });
    expect(existsSync(file)).toBe(false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(manifest, old, old);
    // Its ctime is still new: utimes changes it, and that is what a rewrite keeping the mtime cannot hide.
    writeReplay(file, { key: 'key', root: copy.dir, policy: undefined, inputs, startedAt: Date.now(), notes: '', output: ['out'] });
    expect(existsSync(file)).toBe(false);
    writeReplay(file, { key: 'key', root: copy.dir, policy: undefined, inputs, startedAt: Date.now() + 10_000, notes: '', output: ['out'] });
    expect(existsSync(file)).toBe(true);
  });
});
