/**
 * The project snapshot and the link cache (issue 14): a warm scan reads no file whose stat is unchanged, a
 * touched but unchanged file is still a hit, a racy entry is hashed again, a change in a wrapper re-judges its
 * caller without parsing it, an edit that only moves a caller's calls re-judges that file alone, and every
 * result is the one a scan without cache gives.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDiskCache, scanFingerprint } from '../../src/cache/index.js';
import { ProjectSnapshot } from '../../src/cache/project-snapshot.js';
import { createDetector } from '../../src/detect/index.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadSinkCatalogue } from '../../src/flows/catalogue.js';
import { linkSignature } from '../../src/flows/link-cache.js';
import { scanCode } from '../../src/scan/code/index.js';
import { MAILER, SIGNUP } from '../helpers/mailer-project.js';

const engine = { detector: createDetector(), sinks: loadSinkCatalogue([]) };
const fingerprint = scanFingerprint({ detection: { rules: [], sinks: [] }, categories: ['name', 'address', 'phone', 'email'] });

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-incremental-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'shop', dependencies: { nodemailer: '^6.9.0' } }));
  writeFileSync(join(dir, 'src/mailer.ts'), MAILER);
  writeFileSync(join(dir, 'src/signup.ts'), SIGNUP);
  writeFileSync(join(dir, 'src/customer.ts'), 'export interface Customer {\n  email: string;\n  phone: string;\n}\n');
  cacheDir = join(dir, '.cache');
  // Every file older than any snapshot written by the test, as a checked-out tree is: none is racy.
  const past = new Date(Date.now() - 60_000);
  for (const file of ['package.json', 'src/mailer.ts', 'src/signup.ts', 'src/customer.ts']) utimesSync(join(dir, file), past, past);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cached() {
  const store = openDiskCache(cacheDir);
  const result = await scanCode(dir, { engine, workers: 0, cache: { store, fingerprint } });
  return { result, stats: { ...store.stats } };
}

const uncached = () => scanCode(dir, { engine, workers: 0 });

/** Rewrites a file as an editor does (new content, a fresh mtime set in the past so it is not racy). */
function edit(file: string, text: string, secondsAgo = 30) {
  writeFileSync(join(dir, file), text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(join(dir, file), when, when);
}

const crossModule = (flows: readonly unknown[]) => (flows as FlowFinding[]).filter((f) => f.kind === 'flow' && f.location.file === 'src/signup.ts');

describe('the project snapshot', () => {
  it('a warm scan takes every file from the snapshot, and gives what a scan without cache gives', async () => {
    const cold = await cached();
    expect(cold.stats).toEqual({ hits: 0, misses: 3, writeErrors: 0 });
    expect(crossModule(cold.result.findings)).toHaveLength(1);
    expect(cold.result).toEqual(await uncached());
    // The per-file entries can go: an unchanged project needs none of them.
    rmSync(join(cacheDir, 'packs'), { recursive: true, force: true });
    const warm = await cached();
    expect(warm.stats).toEqual({ hits: 3, misses: 0, writeErrors: 0 });
    expect(warm.result).toEqual(cold.result);
  });

  it('a touched but unchanged file is a hit (hashed again, not parsed)', async () => {
    await cached();
    const now = new Date(Date.now() - 10_000);
    utimesSync(join(dir, 'src/signup.ts'), now, now);
    const touched = await cached();
    expect(touched.stats).toEqual({ hits: 3, misses: 0, writeErrors: 0 });
    expect(touched.result).toEqual(await uncached());
  });

  it('an entry whose mtime is not older than the snapshot is racy: its file is hashed again', () => {
    const file = join(dir, 'src/customer.ts');
    const stat = statSync(file);
    const seen = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
    const first = ProjectSnapshot.open(cacheDir, dir);
    first.record('src/customer.ts', seen, 'a1');
    const future = { ...seen, mtimeMs: Date.now() + 3_600_000 };
    first.record('src/signup.ts', future, 'b2');
    first.save(undefined);
    const second = ProjectSnapshot.open(cacheDir, dir);
    // An mtime before the snapshot was written: trusted.
    expect(second.hashOf('src/customer.ts', seen)).toBe('a1');
    // Modified in the same instant as (or after) the snapshot: it may have changed since without its stat showing it.
    expect(second.hashOf('src/signup.ts', future)).toBeUndefined();
    // Any part of the stat differing is a change.
    expect(second.hashOf('src/customer.ts', { ...seen, size: seen.size + 1 })).toBeUndefined();
    expect(second.hashOf('src/customer.ts', { ...seen, ino: seen.ino + 1 })).toBeUndefined();
  });

  it('a corrupt, foreign or other-project snapshot is ignored and rewritten', async () => {
    const first = await cached();
    const folder = join(cacheDir, 'projects');
    // The base (`<hash>.json`), beside its summaries and any delta.
    const name = readdirSync(folder).find((n) => /^[0-9a-f]{40}\.json$/.test(n));
    const path = join(folder, name!);
    for (const damage of ['{"format":3,"root":', JSON.stringify({ format: 3, root: '/somewhere/else', id: 'x', stats: {} }), JSON.stringify({ format: 99 })]) {
      writeFileSync(path, damage);
      const again = await cached();
      expect(again.result).toEqual(first.result);
      // Read from the per-file entries instead, then a whole snapshot written again.
      expect(again.stats).toEqual({ hits: 3, misses: 0, writeErrors: 0 });
      expect((JSON.parse(readFileSync(path, 'utf8')) as { root: string }).root).toBe(dir);
    }
  });
});

describe('the snapshot written in parts: base, delta and summaries', () => {
  const files = () => readdirSync(join(cacheDir, 'projects')).filter((n) => !n.endsWith('.tmp'));
  const baseOf = () => join(cacheDir, 'projects', files().find((n) => /^[0-9a-f]{40}\.json$/.test(n))!);
  const deltaOf = () => join(cacheDir, 'projects', files().find((n) => n.endsWith('.delta.json'))!);
  const summariesOf = () => files().filter((n) => n.endsWith('.summaries'));

  it('a run that changed a file writes only a delta: the base and the summaries stay as they were', async () => {
    const cold = await cached();
    expect(files().some((n) => n.endsWith('.delta.json'))).toBe(false);
    expect(summariesOf()).toHaveLength(1);
    const base = readFileSync(baseOf());
    edit('src/signup.ts', `// Sign-up.\n\n${SIGNUP}`);
    const moved = await cached();
    expect(moved.result).toEqual(await uncached());
    expect(readFileSync(baseOf()).equals(base)).toBe(true);
    const delta = JSON.parse(readFileSync(deltaOf(), 'utf8')) as { base: string; records: Record<string, unknown> };
    expect(Object.keys(delta.records)).toEqual(['src/signup.ts']);
    expect(delta.base).toBe((JSON.parse(base.toString('utf8')) as { id: string }).id);
    // The next change adds to the delta; the run after, with nothing changed, reads both and writes nothing.
    edit('src/customer.ts', 'export interface Customer {\n  email: string;\n}\n', 20);
    const second = await cached();
    expect(second.result).toEqual(await uncached());
    expect(Object.keys((JSON.parse(readFileSync(deltaOf(), 'utf8')) as { records: object }).records).sort()).toEqual(['src/customer.ts', 'src/signup.ts']);
    const deltaBytes = readFileSync(deltaOf());
    const warm = await cached();
    expect(warm.stats).toEqual({ hits: 3, misses: 0, writeErrors: 0 });
    expect(warm.result).toEqual(second.result);
    expect(readFileSync(deltaOf()).equals(deltaBytes)).toBe(true);
    expect(readFileSync(baseOf()).equals(base)).toBe(true);
    expect(cold.result).not.toEqual(second.result);
  });

  it('a relink of the whole project writes a new base and summaries, and the old delta goes', async () => {
    await cached();
    edit('src/signup.ts', `// Sign-up.\n\n${SIGNUP}`);
    await cached();
    const before = summariesOf();
    // The wrapper stops mailing: every summary may change.
    edit('src/mailer.ts', MAILER.replace("return transport.sendMail({ to, subject: 'Welcome', text: `Hello ${name}` });", 'return { to, name };'));
    const relinked = await cached();
    expect(relinked.result).toEqual(await uncached());
    expect(files().some((n) => n.endsWith('.delta.json'))).toBe(false);
    expect(summariesOf().filter((n) => !before.includes(n))).toHaveLength(1);
  });

  it('a delta naming another base (a concurrent run rewrote the base) is ignored', async () => {
    await cached();
    edit('src/signup.ts', `// Sign-up.\n\n${SIGNUP}`);
    await cached();
    const delta = JSON.parse(readFileSync(deltaOf(), 'utf8')) as { base: string };
    writeFileSync(deltaOf(), JSON.stringify({ ...delta, base: 'another-base' }));
    // The base alone is an earlier, consistent state: the edited file is read, hashed and taken from its entry.
    const again = await cached();
    expect(again.stats).toEqual({ hits: 3, misses: 0, writeErrors: 0 });
    expect(again.result).toEqual(await uncached());
  });

  it('summaries that do not match their digest are not used: the project is linked again, and they are rewritten', async () => {
    await cached();
    const [name] = summariesOf();
    const path = join(cacheDir, 'projects', name!);
    const bytes = readFileSync(path);
    // Same length, one summary's text damaged: only the digest can tell.
    writeFileSync(path, Buffer.from(bytes.toString('latin1').replace('"param":0', '"param":1'), 'latin1'));
    expect(readFileSync(path).equals(bytes)).toBe(false);
    edit('src/signup.ts', `// Sign-up.\n\n${SIGNUP}`);
    const moved = await cached();
    expect(crossModule(moved.result.findings).map((f) => f.location.line)).toEqual([6]);
    expect(moved.result).toEqual(await uncached());
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe('the link cache', () => {
  it("a changed wrapper re-judges its caller without parsing it again", async () => {
    await cached();
    // The wrapper stops mailing: the caller's flow through it must go.
    edit('src/mailer.ts', MAILER.replace("return transport.sendMail({ to, subject: 'Welcome', text: `Hello ${name}` });", 'return { to, name };'));
    const quiet = await cached();
    expect(quiet.stats).toEqual({ hits: 2, misses: 1, writeErrors: 0 });
    expect(crossModule(quiet.result.findings)).toEqual([]);
    expect(quiet.result).toEqual(await uncached());
    // And mails again, with the name only now: the caller's flow comes back as what it now passes.
    edit('src/mailer.ts', MAILER.replace('{ to, subject', "{ to: 'team@example.com', subject"), 20);
    const back = await cached();
    expect(back.stats).toEqual({ hits: 2, misses: 1, writeErrors: 0 });
    const flows = crossModule(back.result.findings);
    expect(flows.map((f) => f.categories)).toEqual([['name']]);
    expect(back.result).toEqual(await uncached());
  });

  it("a wrapper's own edit keeps what the project knows of its callers: its hand-on is not a flow where it is called", async () => {
    // notify.ts hands its parameters on to mailer.ts and is called from signup.ts: the flow is at signup.ts.
    edit('src/notify.ts', "import { sendWelcome } from './mailer';\nexport function notify(to: string, name: string) {\n  return sendWelcome(to, name);\n}\n", 90);
    edit('src/signup.ts', SIGNUP.replace(/sendWelcome/g, 'notify').replace('./mailer', './notify'), 90);
    const cold = await cached();
    const at = (result: typeof cold.result) => (result.findings as FlowFinding[]).filter((f) => f.kind === 'flow').map((f) => f.location.file).sort();
    expect(at(cold.result)).toEqual(['src/mailer.ts', 'src/signup.ts']);
    // An edit that changes no link signature: only notify.ts's calls are judged again, and notify is still called.
    edit('src/notify.ts', "// Notifications.\nimport { sendWelcome } from './mailer';\nexport function notify(to: string, name: string) {\n  return sendWelcome(to, name);\n}\n");
    const warm = await cached();
    expect(warm.stats).toEqual({ hits: 3, misses: 1, writeErrors: 0 });
    expect(at(warm.result)).toEqual(['src/mailer.ts', 'src/signup.ts']);
    expect(warm.result).toEqual(await uncached());
  });

  it("an edit that only moves a caller's calls re-judges that file alone, at its new lines", async () => {
    const before = await cached();
    expect(crossModule(before.result.findings).map((f) => f.location.line)).toEqual([4]);
    edit('src/signup.ts', `// Sign-up.\n\n${SIGNUP}`);
    const moved = await cached();
    expect(moved.stats).toEqual({ hits: 2, misses: 1, writeErrors: 0 });
    expect(crossModule(moved.result.findings).map((f) => f.location.line)).toEqual([6]);
    expect(moved.result).toEqual(await uncached());
  });

  it('a new file, a removed file and an edited package.json relink the project', async () => {
    await cached();
    writeFileSync(join(dir, 'src/welcome.ts'), "import { sendWelcome } from './mailer';\nexport const welcome = (c: { email: string }) => sendWelcome(c.email, 'x');\n");
    const added = await cached();
    expect(added.result).toEqual(await uncached());
    expect((added.result.findings as FlowFinding[]).some((f) => f.kind === 'flow' && f.location.file === 'src/welcome.ts')).toBe(true);
    rmSync(join(dir, 'src/welcome.ts'));
    const removed = await cached();
    expect(removed.result).toEqual(await uncached());
    edit('package.json', JSON.stringify({ name: 'shop', dependencies: {} }));
    const manifest = await cached();
    expect(manifest.result.thirdParties).toEqual([]);
    expect(manifest.result).toEqual(await uncached());
  });

  it("a file's link signature leaves out where its calls are, and nothing else", () => {
    const call = { root: 'sendWelcome', path: [], args: [], line: 4, col: 9, container: 'signup', purposes: [] };
    const facts = { imports: [], exports: [], clients: [], functions: [], calls: [call] };
    expect(linkSignature({ ...facts, calls: [{ ...call, line: 40, col: 1 }] })).toBe(linkSignature(facts));
    expect(linkSignature({ ...facts, calls: [{ ...call, root: 'sendGoodbye' }] })).not.toBe(linkSignature(facts));
    expect(linkSignature(undefined)).toBeUndefined();
  });
});
