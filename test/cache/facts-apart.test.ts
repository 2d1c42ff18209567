/**
 * Issue 12 (no file may cost privmap 50 ms in the editor): the ESLint plugin's link reads a reached module's
 * facts from the per-file cache without parsing the fields and flows stored beside them (facts-apart.ts). An
 * entry still reads back whole as the scan that was stored, and packs of the layout before are not read.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDiskCache, policyFingerprint } from '../../src/cache/index.js';
import { entryBytes, entryFacts } from '../../src/cache/facts-apart.js';
import { PACK_FORMAT, readPackEntry, readPackFacts, readPackIndex } from '../../src/cache/pack.js';
import { createEngine } from '../../src/engine.js';
import { loadPolicy } from '../../src/policy/index.js';
import { isOutcome, scanFileList, type FileOutcome } from '../../src/scan/code/scan-files.js';
import { sampleApp } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-facts-apart-'));
  cpSync(sampleApp, dir, { recursive: true, filter: (source) => !source.includes('.privmap-cache') });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = ['src/analytics/track.ts', 'src/customers/customer.service.ts', 'src/marketing/newsletter.ts'];

/** The sample app's files scanned into a pack; each file's outcome as scanned, and the pack's entries. */
function scannedPack() {
  const policy = loadPolicy(join(dir, 'privacy.yml'));
  const cache = { store: openDiskCache(join(dir, 'cache')), fingerprint: policyFingerprint(policy) };
  const scanned = scanFileList(dir, files.map((path) => ({ path })), { engine: createEngine(policy), cache });
  const packs = join(dir, 'cache', 'packs');
  const [pack] = readdirSync(packs).filter((name) => name.endsWith('.pack'));
  const index = readPackIndex(join(packs, pack!))!;
  return { scanned, entries: [...index.entries()], packFile: join(packs, pack!) };
}

describe('a file outcome’s facts stored apart', () => {
  it('reads each entry whole as scanned, and its facts alone as the scan’s', () => {
    const { scanned, entries } = scannedPack();
    expect(entries).toHaveLength(files.length);
    expect(scanned.scanned.filter((s) => s.scan.module).length).toBeGreaterThan(0);
    for (const [key, location] of entries) {
      const whole = readPackEntry(location, key) as FileOutcome;
      expect(isOutcome(whole)).toBe(true);
      const match = scanned.scanned.find((s) => JSON.stringify(s.scan) === JSON.stringify('scan' in whole ? whole.scan : undefined));
      // Whole, with its keys in their order: the facts are put back where they were.
      expect(match).toBeDefined();
      expect(readPackFacts(location, key)).toEqual({ facts: match!.scan.module });
    }
  });

  it('parses only the facts: a damaged rest of the entry does not stop them being read', () => {
    const module = { imports: [], exports: [], calls: [] };
    const bytes = entryBytes('a'.repeat(40), { lines: 3, scan: { fields: [], module, flows: [] } });
    const damaged = Buffer.concat([bytes.subarray(0, bytes.length - 12), Buffer.from('not json at all')]);
    expect(entryFacts(damaged, 'a'.repeat(40))).toEqual({ facts: module });
    expect(() => JSON.parse(damaged.toString('utf8'))).toThrow();
    expect(entryFacts(bytes, 'b'.repeat(40))).toBeUndefined();
  });

  it('gives no facts, found, for a skipped file and a scan without any', () => {
    const key = 'c'.repeat(40);
    expect(entryFacts(entryBytes(key, { skipped: { file: 'a.min.js', reason: 'minified', detail: '' } }), key)).toEqual({ facts: undefined });
    expect(entryFacts(entryBytes(key, { lines: 1, scan: { fields: [] } }), key)).toEqual({ facts: undefined });
    expect(entryFacts(entryBytes(key, [key, []]), key)).toBeUndefined();
  });

  it('does not read a pack of the layout before (format 1): its entries are misses, scanned again', () => {
    const { entries, packFile } = scannedPack();
    expect(PACK_FORMAT).toBe(2);
    const bytes = readFileSync(packFile);
    const newline = bytes.indexOf(10);
    const head = bytes.toString('latin1', 0, newline).replace(/^privmap-pack 2 /, 'privmap-pack 1 ');
    writeFileSync(packFile, Buffer.concat([Buffer.from(head, 'latin1'), bytes.subarray(newline)]));
    const store = openDiskCache(join(dir, 'cache'));
    for (const [key] of entries) {
      expect(store.get(key)).toBeUndefined();
      expect(store.facts!(key)).toBeUndefined();
    }
  });
});
