/** The cache through the CLI: two runs at once share a cold cache safely; --cache-dir and --no-cache. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackEntry, readPackIndex } from '../../src/cache/pack.js';
import { cliPath, copyFixture, runCli, runCliAsync, sampleApp } from '../helpers/cli.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('privmap scan with the cache', () => {
  it('two concurrent runs on one cold cache both succeed with the uncached result, and the next run reads it', async () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    // A cache other test runs may have left in the fixture.
    rmSync(join(copy.dir, '.privmap-cache'), { recursive: true, force: true });
    const cacheDir = join(copy.dir, 'shared-cache');
    const uncached = runCli(['scan', copy.dir, '-f', 'json', '--no-cache']);
    expect(uncached.status).toBe(0);
    expect(existsSync(join(copy.dir, '.privmap-cache'))).toBe(false);
    const [a, b] = await Promise.all([runCliAsync(['scan', copy.dir, '-f', 'json', '--cache-dir', cacheDir]), runCliAsync(['scan', copy.dir, '-f', 'json', '--cache-dir', cacheDir])]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.stdout).toBe(uncached.stdout);
    expect(b.stdout).toBe(uncached.stdout);
    const written = readdirSync(cacheDir, { recursive: true }).map(String);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Each run wrote its entries as one pack.
    expect(written.filter((f) => f.endsWith('.pack'))).toHaveLength(2);
    expect(runCli(['scan', copy.dir, '-f', 'json', '--cache-dir', cacheDir]).stdout).toBe(uncached.stdout);
    // The default folder was not used.
    expect(existsSync(join(copy.dir, '.privmap-cache'))).toBe(false);
  }, 240_000);
});

/** A preload that writes a marker once the CLI listens for SIGINT: a signal sent earlier would test Node's start. */
const LISTENING = `import { writeFileSync } from 'node:fs';
const timer = setInterval(() => {
  if (process.listenerCount('SIGINT') === 0) return;
  writeFileSync(process.env.PRIVMAP_TEST_MARKER, 'listening');
  clearInterval(timer);
}, 5);
timer.unref();
`;

describe('an interrupted run', () => {
  it('leaves only whole packs and no temporary file, and the next run gives the uncached result', async () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    rmSync(join(copy.dir, '.privmap-cache'), { recursive: true, force: true });
    const cacheDir = join(copy.dir, 'interrupted-cache');
    const marker = join(copy.dir, 'listening');
    writeFileSync(join(copy.dir, 'listening.mjs'), LISTENING);
    const status = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [`--import=${pathToFileURL(join(copy.dir, 'listening.mjs')).href}`, cliPath, 'scan', copy.dir, '-f', 'json', '--cache-dir', cacheDir, '-q'], {
        env: { ...process.env, NO_COLOR: '1', PRIVMAP_TEST_MARKER: marker },
        stdio: 'ignore',
      });
      const poll = setInterval(() => {
        if (!existsSync(marker)) return;
        clearInterval(poll);
        // Into the scan: after start-up, while files are being scanned and entries kept for the pack.
        setTimeout(() => child.kill('SIGINT'), 400);
      }, 10);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve(code);
      });
    });
    // 2 when the signal landed during the run, 0 when the run had already finished on a fast machine.
    expect([0, 2]).toContain(status);
    const written = existsSync(cacheDir) ? readdirSync(cacheDir, { recursive: true }).map(String) : [];
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const pack of written.filter((f) => f.endsWith('.pack'))) {
      const index = readPackIndex(join(cacheDir, pack));
      expect(index).toBeDefined();
      for (const [key, location] of index!.entries()) expect(readPackEntry(location, key)).toBeDefined();
    }
    const uncached = runCli(['scan', copy.dir, '-f', 'json', '--no-cache']);
    expect(runCli(['scan', copy.dir, '-f', 'json', '--cache-dir', cacheDir]).stdout).toBe(uncached.stdout);
  }, 240_000);
});
