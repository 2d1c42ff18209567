/**
 * The README's short `privacy.yml` is a policy as written: copied into a project whose fields carry the
 * annotations the README shows, `privmap check` (the built CLI, a child process) passes with no policy error
 * or warning. A snippet naming a purpose it does not declare exits 2, and this test fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { readmeSnippet } from './readme-snippets.js';

const dir = mkdtempSync(join(tmpdir(), 'privmap-readme-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's privacy.yml", () => {
  it('checks clean as written, with the annotation the README shows', () => {
    writeFileSync(join(dir, 'privacy.yml'), readmeSnippet('policy'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'customer.ts'), 'export interface Customer {\n  /** @purpose service-provision */\n  email: string;\n  /** @purpose service-provision */\n  phoneNumber: string;\n}\n');
    const result = runCli(['check', dir, '--no-cache'], { env: { NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/privmap check passed: 2 element\(s\), none undeclared/);
  });
});
