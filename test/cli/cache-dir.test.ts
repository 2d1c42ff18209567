/**
 * `--cache-dir` naming a folder that cannot be made: the README's scan cache section says an unusable cache
 * only costs the speed-up, so the BUILT CLI warns in one line and scans without a cache, with the result and
 * exit code of `--no-cache`. Under /proc, Node 20's recursive mkdir used to spin forever (deaf to SIGTERM):
 * the child's timeout fails the test then.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, sampleApp } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'privmap-cache-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(extra: string[]) {
  const result = spawnSync(process.execPath, [cliPath, 'check', sampleApp, '-f', 'json', ...extra], {
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('an unusable --cache-dir', () => {
  const uncached = check(['--no-cache']);

  it('is one warning line when a parent is a regular file, and the scan goes on as with --no-cache', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder\n');
    const dir = join(file, 'cache');
    const result = check(['--cache-dir', dir]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(uncached.status);
    expect(result.stdout).toBe(uncached.stdout);
    const warnings = result.stderr.split('\n').filter((line) => line.includes(dir));
    expect(warnings).toEqual([`privmap: warning cache folder ${dir} cannot be created (ENOTDIR); scanning without a cache`]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.runIf(existsSync('/proc/self'))('returns under /proc instead of looping in mkdir', () => {
    const dir = '/proc/privmap-nope/cache';
    const result = check(['--cache-dir', dir]);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(uncached.status);
    expect(result.stdout).toBe(uncached.stdout);
    expect(result.stderr).toContain(`privmap: warning cache folder ${dir} cannot be created`);
  });
});
