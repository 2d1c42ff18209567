/**
 * The policy of a linted file is the nearest privacy.yml upward from it, as `privmap check` finds it, whichever
 * files were linted before; a privacy.yml created during an editor session is found from a folder not linted
 * yet, even below a folder whose file found another (a cache of answers by parent folder would miss it).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPolicy } from '../../src/policy/index.js';
import { policyFor } from '../../src/eslint/policy-cache.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-policy-location-'));
  for (const folder of ['packages/a/src', 'packages/a/lib', 'packages/b/src', 'packages/b/other']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'privacy.yml'), 'version: 1\n');
  writeFileSync(join(dir, 'packages/a/privacy.yml'), 'version: 1\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const policyOf = (file: string) => {
  const state = policyFor(file, {}, dir);
  return state.kind === 'missing' ? undefined : state.file;
};

describe('the policy found upward from a linted file', () => {
  it('is the nearest one, whichever files were linted before', () => {
    expect(policyOf('packages/a/src/x.ts')).toBe(join(dir, 'packages/a/privacy.yml'));
    expect(policyOf('packages/b/src/y.ts')).toBe(join(dir, 'privacy.yml'));
    expect(policyOf('packages/a/lib/z.ts')).toBe(join(dir, 'packages/a/privacy.yml'));
    expect(policyOf('index.ts')).toBe(join(dir, 'privacy.yml'));
    for (const file of ['packages/a/src/x.ts', 'packages/b/src/y.ts', 'packages/a/lib/z.ts', 'index.ts']) {
      expect(policyOf(file)).toBe(findPolicy(join(dir, file, '..')));
    }
  });

  it('finds a policy created later from a folder whose walk had not found one closer', () => {
    expect(policyOf('packages/b/src/y.ts')).toBe(join(dir, 'privacy.yml'));
    writeFileSync(join(dir, 'packages/b/privacy.yml'), 'version: 1\n');
    expect(policyOf('packages/b/other/w.ts')).toBe(join(dir, 'packages/b/privacy.yml'));
  });
});
