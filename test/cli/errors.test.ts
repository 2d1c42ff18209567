/** Bad input gets one clear message and exit code 2; nothing crashes with a stack. */
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, sampleApp } from '../helpers/cli.js';

describe('CLI errors and init', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'privmap-cli-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('names file, line and column of a broken policy and exits 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privacy.yml'), 'version: 1\ncontroller:\n  name: Acme\n  contact: [privacy@example.com]\npurposes:\n  billing:\n    title: Billing\n    legalBasis: contarct\n    categories: [email]\n');
    const result = runCli(['check', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/privacy\.yml:8:17: .*contract/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says how to start when check finds no policy', () => {
    const dir = tempDir();
    const result = runCli(['check', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no privacy\.yml found .*privmap init/);
  });

  it('exits 2 on unknown options and formats', () => {
    expect(runCli(['check', sampleApp, '--no-such-flag']).status).toBe(2);
    const badFormat = runCli(['scan', sampleApp, '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/Allowed choices are table, json, sarif, csv/);
  });

  it('shows examples in --help', () => {
    const help = runCli(['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--baseline');
  });

  it('init writes a neutral policy that checks clean, and refuses to overwrite it', () => {
    const dir = tempDir();
    const first = runCli(['init', dir]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^wrote .*privacy\.yml with 0 categories/);
    const written = readFileSync(join(dir, 'privacy.yml'), 'utf8');
    expect(written).not.toContain('SMARTi');
    expect(written).toContain('found no personal data fields');
    const second = runCli(['init', dir]);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/already exists/);
    expect(readFileSync(join(dir, 'privacy.yml'), 'utf8')).toBe(written);
    const check = runCli(['check', dir]);
    expect(check.status).toBe(0);
    expect(existsSync(join(dir, 'privacy.yml'))).toBe(true);
  });

  it('shows the stack of an internal error only under --verbose', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.ts'), 'export interface A { email: string }\n');
    // A bug on demand: sorting throws, as an unexpected error deep in the scan would.
    const bug = { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent("Array.prototype.sort = function () { throw new TypeError('boom'); };")}` };
    const plain = runCli(['scan', dir], { env: bug });
    expect(plain.status).toBe(2);
    expect(plain.stderr).toBe('privmap: internal error: TypeError: boom — please report it (--verbose shows where)\n');
    const verbose = runCli(['scan', dir, '--verbose'], { env: bug });
    expect(verbose.status).toBe(2);
    expect(verbose.stderr).toMatch(/^privmap: internal error: TypeError: boom — please report it\nTypeError: boom\n\s+at /);
  });
});
