/**
 * The worker-thread pool (issue 14): chunks of about equal bytes in file order, and a scan on workers that
 * finds exactly what the main thread finds (the built CLI, since workers load compiled code).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_WORKERS, autoWorkers, chunkByBytes } from '../../src/scan/code/pool.js';
import { copyFixture, runCli, sampleApp } from '../helpers/cli.js';

describe('chunkByBytes', () => {
  it('cuts files in order into chunks of about the target size, never splitting or dropping a file', () => {
    const files = Array.from({ length: 10 }, (_, i) => ({ path: `f${i}.ts` }));
    const sizes = [100_000, 300_000, 50_000, 400_000, 10_000, 10_000, 600_000, 20_000, 30_000, 80_000];
    const chunks = chunkByBytes(files, sizes, 4);
    expect(chunks.flat()).toEqual(files);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(5);
  });

  it('keeps small projects in one chunk', () => {
    const files = [{ path: 'a.ts' }, { path: 'b.ts' }];
    expect(chunkByBytes(files, [1000, 2000], 8)).toEqual([files]);
  });
});

describe('automatic worker count', () => {
  it('is off by default (threads were slower where measured), and when enabled needs 4 cores and 32 MB of source', () => {
    expect(autoWorkers(1e9, 64)).toBe(0);
    const enabled = { ...AUTO_WORKERS, enabled: true };
    expect(autoWorkers(1e9, 2, enabled)).toBe(0);
    expect(autoWorkers(1e6, 16, enabled)).toBe(0);
    expect(autoWorkers(1e9, 4, enabled)).toBe(3);
    expect(autoWorkers(1e9, 64, enabled)).toBe(8);
  });
});

describe('privmap scan --workers', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('two workers give byte-identical output to the main thread, with and without the cache', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    rmSync(join(copy.dir, '.privmap-cache'), { recursive: true, force: true });
    const single = runCli(['scan', copy.dir, '-f', 'json', '--no-cache', '--workers', '0']);
    expect(single.status).toBe(0);
    const pooled = runCli(['scan', copy.dir, '-f', 'json', '--no-cache', '--workers', '2']);
    expect(pooled.stderr).toBe('');
    expect(pooled.stdout).toBe(single.stdout);
    const cold = runCli(['scan', copy.dir, '-f', 'json', '--workers', '2']);
    const warm = runCli(['scan', copy.dir, '-f', 'json', '--workers', '2']);
    expect([cold.stdout, warm.stdout]).toEqual([single.stdout, single.stdout]);
    // Four CLI runs: on the shared 2-core machine each can take ten seconds or more.
  }, 240_000);

  it('refuses a worker count that is not a number, with exit 2', () => {
    const result = runCli(['scan', sampleApp, '--workers', 'many', '--no-cache']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--workers expects auto or a whole number');
  });
});
