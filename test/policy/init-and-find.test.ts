/** `privmap init` writes the template and never overwrites; `findPolicy` walks up like git finds `.git`. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { findPolicy, initPolicy, lintPolicy, loadPolicy, policyText } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-policy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('initPolicy', () => {
  it('writes the template to privacy.yml, which loads and lints clean', () => {
    const file = initPolicy(dir);
    expect(file).toBe(join(dir, 'privacy.yml'));
    // The template with its `# privmap:found-*` markers taken out (init fills them with what a scan found).
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(repoRoot, 'templates', 'privacy.yml'), 'utf8').replace(/^# privmap:found-\w+\n/gm, ''));
    expect(readFileSync(file, 'utf8')).toBe(policyText());
    expect(lintPolicy(loadPolicy(file))).toEqual([]);
  });

  it('creates the directory when it does not exist yet', () => {
    expect(initPolicy(join(dir, 'new', 'project'))).toBe(join(dir, 'new', 'project', 'privacy.yml'));
  });

  for (const name of ['privacy.yml', 'privacy.yaml', '.privacy.yml']) {
    it(`refuses to write when ${name} exists, and leaves it untouched`, () => {
      writeFileSync(join(dir, name), 'version: 1\n');
      expect(() => initPolicy(dir)).toThrow(UsageError);
      expect(() => initPolicy(dir)).toThrow(/already exists; privmap init never overwrites a policy/);
      expect(readFileSync(join(dir, name), 'utf8')).toBe('version: 1\n');
    });
  }
});

describe('findPolicy', () => {
  it('finds the nearest policy from a nested directory upward', () => {
    mkdirSync(join(dir, 'packages', 'shop', 'src'), { recursive: true });
    writeFileSync(join(dir, 'privacy.yml'), '');
    writeFileSync(join(dir, 'packages', 'shop', '.privacy.yml'), '');
    expect(findPolicy(join(dir, 'packages', 'shop', 'src'))).toBe(join(dir, 'packages', 'shop', '.privacy.yml'));
    expect(findPolicy(join(dir, 'packages'))).toBe(join(dir, 'privacy.yml'));
  });

  it('prefers privacy.yml over privacy.yaml over .privacy.yml in one directory', () => {
    for (const name of ['.privacy.yml', 'privacy.yaml']) writeFileSync(join(dir, name), '');
    expect(findPolicy(dir)).toBe(join(dir, 'privacy.yaml'));
    writeFileSync(join(dir, 'privacy.yml'), '');
    expect(findPolicy(dir)).toBe(join(dir, 'privacy.yml'));
  });

  it('finds the sample app policy from one of its source folders', () => {
    expect(findPolicy(join(repoRoot, 'fixtures', 'sample-app', 'src', 'customers'))).toBe(join(repoRoot, 'fixtures', 'sample-app', 'privacy.yml'));
  });

  it('returns undefined when no directory up to the root has one', () => {
    // The temp directory's ancestors (/tmp, /) hold no policy on a normal machine.
    expect(findPolicy(join(dir, 'nowhere'))).toBeUndefined();
  });
});
