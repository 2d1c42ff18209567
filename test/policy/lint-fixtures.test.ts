/**
 * One fixture per lint rule (`fixtures/policy/lint/<code>.yml`). A fixture states the messages it expects as
 * `# expect: <code>, ...` on the line each message points at; the runner reports what is missing and what is
 * extra, so a fixture also proves that its clean entries stay quiet under every other rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPolicy, loadPolicy, POLICY_LINT_RULES } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

const dir = join(repoRoot, 'fixtures', 'policy', 'lint');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();

function expected(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const marker = /#\s*expect:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)\s*$/.exec(text);
      return marker ? marker[1]!.split(',').map((code) => `${index + 1} ${code.trim()}`) : [];
    })
    .sort();
}

describe('policy lint fixtures', () => {
  for (const name of fixtures) {
    it(`${name}: exactly the expected messages, on the expected lines`, () => {
      const file = join(dir, name);
      const messages = lintPolicy(loadPolicy(file));
      expect(messages.map((m) => `${m.position?.line} ${m.code}`).sort()).toEqual(expected(file));
      const code = name.replace(/\.yml$/, '');
      expect(messages.every((m) => m.position?.file === file)).toBe(true);
      expect(messages.filter((m) => m.code === code).length, `${name} must trigger its own rule`).toBeGreaterThan(0);
    });
  }

  it('has a fixture for every rule and a rule for every fixture', () => {
    expect(fixtures.map((f) => f.replace(/\.yml$/, ''))).toEqual(POLICY_LINT_RULES.map((r) => r.code));
  });

  it('lists the rules sorted by code, each with a description that says what it enforces', () => {
    const codes = POLICY_LINT_RULES.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    for (const rule of POLICY_LINT_RULES) expect(rule.description, rule.code).toMatch(/^(Require|Disallow|Warn) .+\.$/);
  });

  it('documents every rule in docs/policy.md', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'policy.md'), 'utf8');
    const documented = [...doc.matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented).toEqual(POLICY_LINT_RULES.map((r) => r.code));
  });
});
