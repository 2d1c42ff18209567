/**
 * The installation's part of the cache fingerprint (src/cache/fingerprint.ts): the rule and code files' digest
 * is kept beside their stats, read back while nothing changed, and made again when any file is rewritten, added
 * or removed, so a development build never scans with a stale cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest, INSTALLATION_STAMP, installationDigest, STAMP_FORMAT, treeDigest } from '../../src/cache/fingerprint.js';

let dir: string;
let memo: string;
const rules = () => join(dir, 'rules');
const code = () => join(dir, 'dist');

/** Writes a file as an installed package leaves it: npm gives every file of a tarball the same old mtime. */
const PACKED = new Date('1985-10-26T08:15:00Z');
function write(path: string, text: string) {
  writeFileSync(path, text);
  utimesSync(path, PACKED, PACKED);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-installation-'));
  mkdirSync(rules());
  mkdirSync(join(code(), 'detect'), { recursive: true });
  write(join(rules(), 'email.yml'), 'email: {}\n');
  write(join(code(), 'detect', 'index.js'), 'export const a = 1;\n');
  memo = join(dir, 'memo.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the installation's digest", () => {
  it('is kept beside the stats and read back while no file changed', () => {
    const first = treeDigest(rules(), code(), memo);
    expect(existsSync(memo)).toBe(true);
    // A kept digest is what comes back, whatever the memo holds, as long as the stats match.
    const kept = JSON.parse(readFileSync(memo, 'utf8')) as { stats: string; hash: string };
    writeFileSync(memo, JSON.stringify({ ...kept, hash: 'f'.repeat(40) }));
    expect(treeDigest(rules(), code(), memo)).toBe('f'.repeat(40));
    writeFileSync(memo, JSON.stringify(kept));
    expect(treeDigest(rules(), code(), memo)).toBe(first);
  });

  it('changes when a code file is rewritten with the same size and mtime, added or removed, or a rule changes', () => {
    const first = treeDigest(rules(), code(), memo);
    write(join(code(), 'detect', 'index.js'), 'export const a = 2;\n');
    const rewritten = treeDigest(rules(), code(), memo);
    expect(rewritten).not.toBe(first);
    write(join(code(), 'detect', 'extra.js'), 'export {};\n');
    const added = treeDigest(rules(), code(), memo);
    expect(added).not.toBe(rewritten);
    rmSync(join(code(), 'detect', 'extra.js'));
    expect(treeDigest(rules(), code(), memo)).toBe(rewritten);
    write(join(rules(), 'email.yml'), 'email: { x: 1 }\n');
    expect(treeDigest(rules(), code(), memo)).not.toBe(rewritten);
  });

  it('is not kept while a file was written in the last two seconds, nor where the memo cannot be written', () => {
    writeFileSync(join(code(), 'detect', 'index.js'), 'export const a = 3;\n');
    treeDigest(rules(), code(), memo);
    expect(existsSync(memo)).toBe(false);
    const digest = treeDigest(rules(), code(), join(dir, 'no-such-folder', 'memo.json'));
    expect(digest).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("the build's stamp of the code digest", () => {
  /** The stamp `npm run build` writes (scripts/installation-digest.mjs): the code's digest and its bundle's size. */
  function stamp() {
    const bundle = join(code(), 'detect', 'index.js');
    write(join(code(), INSTALLATION_STAMP), JSON.stringify({ format: STAMP_FORMAT, code: codeDigest(code()), bundles: { 'detect/index.js': readFileSync(bundle).length } }));
  }

  it('stands for the code while its bundles are as built: a code file changed without a build is not read', () => {
    stamp();
    const stamped = installationDigest(rules(), code(), memo);
    // The stamp, not the files, says what the code is: a file the build did not write goes unseen.
    write(join(code(), 'detect', 'extra.js'), 'export {};\n');
    expect(installationDigest(rules(), code(), memo)).toBe(stamped);
    // Without a stamp the files are hashed, as before.
    rmSync(join(code(), INSTALLATION_STAMP));
    expect(installationDigest(rules(), code(), memo)).toBe(treeDigest(rules(), code(), memo));
  });

  it('changes when a rule changes, whatever the stamp says', () => {
    stamp();
    const stamped = installationDigest(rules(), code(), memo);
    write(join(rules(), 'email.yml'), 'email: { x: 1 }\n');
    expect(installationDigest(rules(), code(), memo)).not.toBe(stamped);
  });

  it('is not used once a bundle has another size or was written after it, nor when damaged', () => {
    stamp();
    const stamped = installationDigest(rules(), code(), memo);
    // A bundle rebuilt without a new stamp (tsc alone): another size.
    write(join(code(), 'detect', 'index.js'), 'export const a = 10;\n');
    const resized = installationDigest(rules(), code(), memo);
    expect(resized).not.toBe(stamped);
    expect(resized).toBe(treeDigest(rules(), code(), memo));
    // The same size, written after the stamp: its mtime is newer.
    stamp();
    const again = installationDigest(rules(), code(), memo);
    writeFileSync(join(code(), 'detect', 'index.js'), 'export const a = 11;\n');
    utimesSync(join(code(), 'detect', 'index.js'), new Date(PACKED.getTime() + 60_000), new Date(PACKED.getTime() + 60_000));
    expect(installationDigest(rules(), code(), memo)).not.toBe(again);
    write(join(code(), INSTALLATION_STAMP), '{"format":1,"code":');
    expect(installationDigest(rules(), code(), memo)).toBe(treeDigest(rules(), code(), memo));
  });
});

