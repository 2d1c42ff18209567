/**
 * Each fixture under fixtures/scan/code/<scenario>/ states its expected findings as comments
 * (`// privmap-expect: email`) above the line they concern; this one runner reports what is missing and
 * what is extra, per file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/detect/index.js';
import type { Engine } from '../../../src/engine.js';
import type { FieldFinding } from '../../../src/finding.js';
import { loadSinkCatalogue } from '../../../src/flows/catalogue.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { repoRoot } from '../../helpers/cli.js';

const fixtures = join(repoRoot, 'fixtures', 'scan', 'code');
const engine = { detector: createDetector({ defaultRegion: 'NO' }), sinks: loadSinkCatalogue([]) } as unknown as Engine;

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

const scenarios = readdirSync(fixtures).filter((s) => s !== 'discovery').sort();

describe('code scanner fixtures', () => {
  for (const scenario of scenarios) {
    it(scenario, async () => {
      const root = join(fixtures, scenario);
      const result = await scanCode(root, { engine });
      const actual = (result.findings.filter((f) => f.kind === 'field') as FieldFinding[]).map((f) => `${f.location.file}:${f.location.line} ${f.category}`).sort();
      const expected = readdirSync(root).sort().flatMap((file) => expectationsIn(file, readFileSync(join(root, file), 'utf8'))).sort();
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = actual.filter((a) => !expected.includes(a));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      expect(result.skipped).toEqual([]);
    });
  }
});
