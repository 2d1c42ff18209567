/** `privmap scan`: the inventory of the sample app in every format, deterministic across runs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleApp } from '../helpers/cli.js';

describe('privmap scan on the sample app', () => {
  it('prints a table with declared, undeclared and suppressed-free rows, and exits 0', () => {
    const result = runCli(['scan', sampleApp]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/declared/);
    expect(result.stdout).toMatch(/undeclared/);
    expect(result.stdout).toContain('Referral.friendEmail');
    // Traps stay out of the inventory.
    for (const trap of ['Team.name', 'Product.name', 'emailVerified', 'smtpHost', 'emailTemplateId', 'firstNameLabel']) {
      expect(result.stdout).not.toContain(trap);
    }
  });

  it('merges the same column seen in Prisma and in migrations into one element', () => {
    const result = runCli(['scan', sampleApp, '--format', 'sarif']);
    expect(result.status).toBe(0);
    const table = runCli(['scan', sampleApp, '--verbose']).stdout;
    expect(table).toMatch(/Customer\.email[^\n]*\(\+\d+\)/);
  });

  it('gives byte-identical output on repeated runs', () => {
    for (const format of ['json', 'sarif', 'csv']) {
      const first = runCli(['scan', sampleApp, '--format', format]);
      const second = runCli(['scan', sampleApp, '--format', format]);
      expect(first.status).toBe(0);
      expect(first.stdout.length).toBeGreaterThan(100);
      expect(second.stdout).toBe(first.stdout);
    }
  }, 300_000); // six scans of the sample app on a shared two-core machine
});

describe('privmap scan on a project without personal data', () => {
  it('says nothing was found in how many files, instead of an empty table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privmap-clean-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src', 'sum.ts'), 'export const sum = (a: number, b: number) => a + b;\n');
      const result = runCli(['scan', dir, '--no-cache']);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('No personal data found in 1 scanned file(s).\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
