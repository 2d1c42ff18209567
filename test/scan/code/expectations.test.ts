/**
 * Each fixture under fixtures/scan/code/<scenario>/ states its expected findings as comments
 * (`// privmap-expect: email` or `// privmap-expect: name, address`) above the line they concern; this one
 * runner reports what is missing and what is extra, per file and line. A field finding without an
 * expectation is an extra, so every other line of a fixture asserts that nothing is found there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldFinding } from '../../../src/finding.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { engine, fixtures } from './helpers.js';

/** `file:line category` for every expectation; it applies to the next line that is code, not a comment or decorator. */
export function expectationsIn(file: string, text: string): string[] {
  const lines = text.split('\n');
  const expected: string[] = [];
  lines.forEach((line, index) => {
    const match = /\/\/\s*privmap-expect:\s*(.+)$/.exec(line);
    if (!match) return;
    let target = index + 1;
    while (target < lines.length && /^\s*(\/\/|\/\*|\*|@|$)/.test(lines[target]!)) target++;
    for (const category of match[1]!.split(',').map((s) => s.trim())) expected.push(`${file}:${target + 1} ${category}`);
  });
  return expected;
}

function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? filesUnder(join(dir, entry), root) : [relative(root, join(dir, entry)).split('\\').join('/')]));
}

const scenarios = readdirSync(fixtures).filter((s) => s !== 'discovery').sort();

describe('code scanner fixtures', () => {
  it('has a scenario for every kind of declaration the scanner reads', () => {
    expect(scenarios).toEqual([
      'annotations', 'code-structure', 'convex-app', 'db-writes', 'drizzle', 'form-models', 'interfaces-and-classes', 'javascript', 'lexicon', 'member-shapes', 'messages-and-teams', 'mikro-orm', 'mongoose',
      'nestjs-dto-graphql', 'pothos', 'resolver-arguments', 'sequelize', 'traps', 'typeorm', 'vue-svelte', 'zod-yup-valibot',
    ]);
  });

  for (const scenario of scenarios) {
    it(scenario, async () => {
      const root = join(fixtures, scenario);
      const result = await scanCode(root, { engine });
      const actual = result.findings
        .filter((f): f is FieldFinding => f.kind === 'field')
        .map((f) => `${f.location.file}:${f.location.line} ${f.category}`)
        .sort();
      const expected = filesUnder(root).flatMap((file) => expectationsIn(file, readFileSync(join(root, file), 'utf8'))).sort();
      expect(expected.length).toBeGreaterThan(0);
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = actual.filter((a) => !expected.includes(a));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      expect(result.skipped).toEqual([]);
    });
  }
});
