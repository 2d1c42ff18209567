/**
 * The per-file scan cache (issue 14): a warm scan gives the same findings without parsing, one changed file
 * is the only one scanned again, a damaged or foreign entry is ignored and rewritten, and a change to the
 * rules, the policy's detection section or privmap's version starts afresh while a change to purposes does not.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCacheDir, MemoryCache, openDiskCache, policyFingerprint, scanFingerprint } from '../../src/cache/index.js';
import { readPackIndex } from '../../src/cache/pack.js';
import { createEngine } from '../../src/engine.js';
import { scanProject } from '../../src/pipeline.js';
import { loadPolicy, parsePolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { sampleApp } from '../helpers/cli.js';

let dir: string;
let cacheDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-cache-'));
  cpSync(sampleApp, dir, { recursive: true, filter: (source) => !source.includes('.privmap-cache') });
  cacheDir = join(dir, 'cache');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every entry of every pack in the cache folder: its pack file, key and byte range. */
function entries(folder: string): { file: string; key: string; offset: number; length: number }[] {
  const packs = join(folder, 'packs');
  if (!existsSync(packs)) return [];
  return readdirSync(packs)
    .filter((name) => name.endsWith('.pack'))
    .flatMap((name) => [...(readPackIndex(join(packs, name))?.entries() ?? [])].map(([key, location]) => ({ key, ...location })));
}

/** Overwrites an entry's bytes in place, keeping its length (the pack's index stays valid). */
function overwrite(entry: { file: string; offset: number; length: number }, text: string) {
  const bytes = readFileSync(entry.file);
  Buffer.from(text.padEnd(entry.length, ' ')).copy(bytes, entry.offset, 0, entry.length);
  writeFileSync(entry.file, bytes);
}

async function scanWith(store: ReturnType<typeof openDiskCache> | MemoryCache) {
  const policy = loadPolicy(join(dir, 'privacy.yml'));
  return scanCode(dir, { engine: createEngine(policy), ignore: policy.ignore, cache: { store, fingerprint: policyFingerprint(policy) } });
}

describe('the scan cache', () => {
  it('a warm scan reads every file from the cache and finds exactly what the cold scan found', async () => {
    const cold = openDiskCache(cacheDir);
    const first = await scanWith(cold);
    expect(cold.stats.hits).toBe(0);
    expect(cold.stats.misses).toBe(first.stats.files);
    // One pack holds every file's entry.
    expect(entries(cacheDir)).toHaveLength(first.stats.files);
    expect(new Set(entries(cacheDir).map((e) => e.file)).size).toBe(1);
    const warm = openDiskCache(cacheDir);
    const second = await scanWith(warm);
    expect(warm.stats).toEqual({ hits: first.stats.files, misses: 0, writeErrors: 0 });
    expect(second).toEqual(first);
    // And the same as no cache at all.
    const policy = loadPolicy(join(dir, 'privacy.yml'));
    expect(await scanCode(dir, { engine: createEngine(policy), ignore: policy.ignore })).toEqual(first);
  });

  it('after one file changes, only that file is scanned again', async () => {
    await scanWith(openDiskCache(cacheDir));
    const file = join(dir, 'src/customers/customer.schema.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport interface Prospect {\n  email: string;\n}\n`);
    const store = openDiskCache(cacheDir);
    const result = await scanWith(store);
    expect(store.stats.misses).toBe(1);
    expect(store.stats.hits).toBe(result.stats.files - 1);
    expect(result.findings.some((f) => f.kind === 'field' && f.container === 'Prospect' && f.field === 'email')).toBe(true);
  });

  it('a corrupt or foreign entry is ignored and rewritten', async () => {
    const first = await scanWith(openDiskCache(cacheDir));
    const [damaged, foreign] = entries(cacheDir);
    overwrite(damaged!, '{"key":"');
    overwrite(foreign!, JSON.stringify({ key: 'someone-else', value: { lines: 1, scan: { fields: [], flows: [] } } }));
    // Without the project snapshot, which would serve every unchanged file without reading its entry.
    rmSync(join(cacheDir, 'projects'), { recursive: true, force: true });
    const store = openDiskCache(cacheDir);
    const second = await scanWith(store);
    expect(store.stats.misses).toBe(2);
    expect(second).toEqual(first);
    // Rewritten into a new pack, which the next run reads first.
    const rewritten = entries(cacheDir).filter((e) => e.file !== damaged!.file);
    expect(rewritten.map((e) => e.key).sort()).toEqual([damaged!.key, foreign!.key].sort());
    rmSync(join(cacheDir, 'projects'), { recursive: true, force: true });
    const again = openDiskCache(cacheDir);
    expect(await scanWith(again)).toEqual(first);
    expect(again.stats.misses).toBe(0);
    // An entry with the right key but a value of the wrong shape is scanned again too.
    const wrongShape = entries(cacheDir).find((e) => e.file === damaged!.file && e.key !== damaged!.key && e.key !== foreign!.key)!;
    overwrite(wrongShape, JSON.stringify({ key: wrongShape.key, value: 'not a scan' }));
    rmSync(join(cacheDir, 'projects'), { recursive: true, force: true });
    const third = openDiskCache(cacheDir);
    expect(await scanWith(third)).toEqual(first);
    expect(third.stats.misses).toBe(1);
  });

  it('a truncated pack or a file that is not a pack costs only the entries it cannot give', async () => {
    const first = await scanWith(openDiskCache(cacheDir));
    const [pack] = entries(cacheDir).map((e) => e.file);
    const bytes = readFileSync(pack!);
    // Cut in the middle of the entries: those before the cut are still read, the others are misses.
    writeFileSync(pack!, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    writeFileSync(join(cacheDir, 'packs', 'zzz-not-ours.pack'), 'privmap-pack 1 99999999\n0123');
    rmSync(join(cacheDir, 'projects'), { recursive: true, force: true });
    const store = openDiskCache(cacheDir);
    expect(await scanWith(store)).toEqual(first);
    expect(store.stats.misses).toBeGreaterThan(0);
    expect(store.stats.hits).toBeGreaterThan(0);
    rmSync(join(cacheDir, 'projects'), { recursive: true, force: true });
    const after = openDiskCache(cacheDir);
    expect(await scanWith(after)).toEqual(first);
    expect(after.stats).toEqual({ hits: first.stats.files, misses: 0, writeErrors: 0 });
  });

  it('many small packs (one-file-changed runs) are merged into one, and nothing is lost', async () => {
    const first = await scanWith(openDiskCache(cacheDir));
    const file = join(dir, 'src/customers/customer.schema.ts');
    const original = readFileSync(file, 'utf8');
    for (let run = 0; run < 30; run++) {
      writeFileSync(file, `${original}\n// edit ${run}\n`);
      await scanWith(openDiskCache(cacheDir));
    }
    const packs = new Set(entries(cacheDir).map((e) => e.file));
    expect(packs.size).toBeLessThan(25);
    writeFileSync(file, original);
    rmSync(join(cacheDir, 'projects'), { recursive: true, force: true });
    const store = openDiskCache(cacheDir);
    expect(await scanWith(store)).toEqual(first);
    expect(store.stats.misses).toBe(0);
  });

  it('leaves no temporary files, and an unwritable cache folder only costs the cache', async () => {
    await scanWith(openDiskCache(cacheDir));
    expect(readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    // A folder that cannot be made is a cache in memory only (one warning): every file a miss, nothing written.
    const store = openDiskCache(blocked);
    expect(store).toBeInstanceOf(MemoryCache);
    const result = await scanWith(store);
    expect(store.stats.hits).toBe(0);
    expect(store.stats.misses).toBeGreaterThanOrEqual(result.stats.files);
    expect(readFileSync(blocked, 'utf8')).toBe('a file where the cache folder should be');
    expect(result.findings.length).toBeGreaterThan(0);
  });
});

describe('what invalidates the cache', () => {
  const policyText = () => readFileSync(join(sampleApp, 'privacy.yml'), 'utf8');
  const fingerprintOf = (text: string) => policyFingerprint(parsePolicy(text, join(dir, 'privacy.yml')));

  it("a detection rule in the policy, a sink in the policy, or privmap's version changes the fingerprint", () => {
    const base = fingerprintOf(policyText());
    const withRule = fingerprintOf(`${policyText()}\ndetection:\n  rules:\n    - id: email.kundepost\n      category: email\n      confidence: 0.9\n      terms: [kundepost]\n`);
    const withSink = fingerprintOf(`${policyText()}\ndetection:\n  sinks:\n    - id: acme-crm\n      title: Acme CRM\n      kind: crm\n      packages: ['@acme/crm']\n      calls: ['<instance>.push']\n`);
    const region = fingerprintOf(`${policyText()}\ndetection:\n  defaultRegion: DE\n`);
    expect(new Set([base, withRule, withSink, region]).size).toBe(4);
    const policy = parsePolicy(policyText(), join(dir, 'privacy.yml'));
    const detection = { detection: policy.detection, categories: Object.keys(policy.categories) };
    expect(scanFingerprint({ ...detection, version: '0.1.0' })).not.toBe(scanFingerprint({ ...detection, version: '0.2.0' }));
  });

  it('purposes, recipients and declarations do not: the judgement is redone on every run', () => {
    const changed = policyText().replace('retention: 30 days.', 'retention: 14 days.').replace("paths: ['src/fraud/**']", "paths: ['src/fraud/**', 'src/referrals/**']");
    expect(changed).not.toBe(policyText());
    expect(fingerprintOf(changed)).toBe(fingerprintOf(policyText()));
  });

  it('a rule change in the policy makes the next scan parse every file again, and a version change would too', async () => {
    await scanWith(openDiskCache(cacheDir));
    writeFileSync(join(dir, 'privacy.yml'), `${policyText()}\ndetection:\n  rules:\n    - id: email.kundepost\n      category: email\n      confidence: 0.9\n      terms: [kundepost]\n`);
    const store = openDiskCache(cacheDir);
    const result = await scanWith(store);
    expect(store.stats.hits).toBe(0);
    expect(store.stats.misses).toBe(result.stats.files);
  });

  it('a declaration change in the policy keeps every entry but changes the verdict', async () => {
    const before = await scanProject({ dir, cache: { dir: cacheDir } });
    const fraud = before.elements.filter((e) => e.locations.some((l) => l.file?.startsWith('src/referrals/')) && e.status === 'undeclared');
    writeFileSync(join(dir, 'privacy.yml'), policyText().replace("paths: ['src/fraud/**']", "paths: ['src/fraud/**', 'src/referrals/**']"));
    const store = openDiskCache(cacheDir);
    const after = await scanProject({ dir, cache: store });
    expect(store.stats.misses).toBe(0);
    if (fraud.length) expect(after.elements.find((e) => e.id === fraud[0]!.id)?.status).toBe('declared');
  });
});

describe('where the cache lives', () => {
  it('in node_modules/.cache/privmap when the project has node_modules, else in .privmap-cache/ with its own .gitignore', async () => {
    expect(defaultCacheDir(dir)).toBe(join(dir, '.privmap-cache'));
    await scanProject({ dir });
    expect(readFileSync(join(dir, '.privmap-cache', '.gitignore'), 'utf8')).toContain('*');
    expect(entries(join(dir, '.privmap-cache')).length).toBeGreaterThan(0);
    mkdirSync(join(dir, 'node_modules'));
    expect(defaultCacheDir(dir)).toBe(join(dir, 'node_modules', '.cache', 'privmap'));
  });

  it('nowhere with cache: false', async () => {
    await scanProject({ dir, cache: false });
    expect(existsSync(join(dir, '.privmap-cache'))).toBe(false);
  });
});
