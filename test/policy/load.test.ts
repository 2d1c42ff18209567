/** Loading privacy.yml: good files load with defaults, broken ones name file:line:col and the fix. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors.js';
import { lintPolicy, loadPolicy, parsePolicy } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

const fixtures = join(repoRoot, 'fixtures', 'policy');

function problems(file: string): string[] {
  try {
    loadPolicy(file);
  } catch (error) {
    if (error instanceof PolicyError) return error.problems.map((p) => `${p.line}:${p.col} ${p.message}`);
    throw error;
  }
  throw new Error(`${file} loaded without errors`);
}

describe('loadPolicy on good policies', () => {
  for (const name of readdirSync(join(fixtures, 'good')).sort()) {
    it(`loads ${name} and lints without errors`, () => {
      const policy = loadPolicy(join(fixtures, 'good', name));
      expect(Object.keys(policy.categories)).toEqual(expect.arrayContaining(['address', 'email', 'name', 'phone']));
      expect(lintPolicy(policy).filter((m) => m.severity === 'error')).toEqual([]);
    });
  }

  it('loads the init template with the seed policy: nine purposes, consent-based profiling, marketing opt-out', () => {
    const policy = loadPolicy(join(repoRoot, 'templates', 'privacy.yml'));
    expect(Object.keys(policy.purposes)).toHaveLength(9);
    expect(policy.controller.name).toBe('SMARTi AS');
    expect(policy.purposes.profiling).toMatchObject({ legalBasis: 'consent', profiling: true });
    expect(policy.purposes.marketing?.optOut).toContain('contact@domotics.no');
    expect(policy.purposes.accounting).toMatchObject({ legalBasis: 'legal-obligation', erasureExempt: true });
    expect(policy.categories.email?.fides).toBe('user.contact.email');
    expect(lintPolicy(policy)).toEqual([]);
  });

  it('adds custom categories next to the built-ins', () => {
    const policy = loadPolicy(join(fixtures, 'good', 'custom-category.yml'));
    expect(policy.categories['date-of-birth']).toMatchObject({ fides: 'user.demographic.date_of_birth', builtin: false, severity: 'warning' });
    expect(policy.categories.name).toMatchObject({ fides: 'user.name', builtin: true });
  });
});

describe('loadPolicy on broken policies', () => {
  it('reports YAML syntax errors with their position', () => {
    expect(problems(join(fixtures, 'broken', 'yaml-syntax.yml'))[0]).toMatch(/^\d+:\d+ YAML syntax error/);
  });

  it('suggests the nearest legal basis for a typo', () => {
    expect(problems(join(fixtures, 'broken', 'legal-basis-typo.yml'))).toEqual([
      '8:17 `purposes.billing.legalBasis`: expected one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests; got string `contarct` — did you mean `contract`?',
    ]);
  });

  it('names unknown categories and purposes at their exact position', () => {
    expect(problems(join(fixtures, 'broken', 'unknown-references.yml'))).toEqual([
      '9:33 unknown category `emial` — did you mean `email`?',
      '14:16 unknown purpose `biling` — did you mean `billing`?',
    ]);
  });

  it('points at unknown keys and wrong types', () => {
    expect(problems(join(fixtures, 'broken', 'wrong-types.yml'))).toEqual([
      '4:3 unknown key `contacts` in `controller`; expected one of name, website, contact, dpo, supervisoryAuthority — did you mean `contact`?',
      '9:17 `purposes.billing.categories`: expected a list; got string `email`',
    ]);
  });

  it('refuses credentials in the policy', () => {
    const found = problems(join(fixtures, 'broken', 'password-in-database.yml'));
    expect(found.map((f) => f.split(' ')[0])).toEqual(['8:3', '9:11']);
    expect(found.join('\n')).toMatch(/never put credentials in the policy/);
    expect(found.join('\n')).not.toContain('s3cret');
  });

  it('names the file in every message', () => {
    try {
      parsePolicy('version: 2\n', '/somewhere/privacy.yml');
    } catch (error) {
      expect((error as Error).message).toMatch(/^\/somewhere\/privacy\.yml:1:10: `version`: expected 1/m);
      return;
    }
    throw new Error('expected a PolicyError');
  });
});

describe('the committed template', () => {
  it('is what `privmap init` writes', () => {
    expect(readFileSync(join(repoRoot, 'templates', 'privacy.yml'), 'utf8')).toContain('# yaml-language-server: $schema=');
  });
});
