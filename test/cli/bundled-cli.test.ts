/**
 * The `privmap` binary is one bundle (scripts/bundle-cli.mjs, issue 14: start-up), while what it finds beside
 * its modules stays in dist/ and the package: the worker threads' file, the built-in rules, the policy template.
 * Each is reached through a rewritten `import.meta.url`; a wrong one would only show on the path that uses it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli, sampleApp } from '../helpers/cli.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the bundled CLI', () => {
  it('is the bundle, not the 240 modules tsc wrote', () => {
    expect(readFileSync(cliPath, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n\/\* privmap bundle \*\//);
  });

  it('scans in worker threads (the pool loads its worker file from dist/) with the same result as on the main thread', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-bundle-'));
    const threads = runCli(['scan', sampleApp, '--workers', '2', '--no-cache', '-f', 'json', '-o', join(dir, 'threads.json'), '-q']);
    const main = runCli(['scan', sampleApp, '--no-cache', '-f', 'json', '-o', join(dir, 'main.json'), '-q']);
    expect(threads.stderr).toBe('');
    expect(threads.status).toBe(main.status);
    const report = readFileSync(join(dir, 'threads.json'), 'utf8');
    expect(JSON.parse(report).elements.length).toBeGreaterThan(10);
    expect(report).toBe(readFileSync(join(dir, 'main.json'), 'utf8'));
  }, 120_000);

  it('writes the policy template shipped in the package (`init`)', () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-bundle-'));
    const result = runCli(['init', dir, '--no-scan', '-q']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toMatch(/^version: 1$/m);
  }, 120_000);
});
