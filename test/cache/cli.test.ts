/** The cache through the CLI: two runs at once share a cold cache safely; --cache-dir and --no-cache. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, runCli, runCliAsync, sampleApp } from '../helpers/cli.js';

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
