/**
 * Each fixture under fixtures/flows/<sink-kind>/ states the lint findings it expects as comments on the line
 * above (`// privmap-expect: no-personal-data-in-logs email`); this one runner scans the folder with its
 * policy, judges every flow and reports what is missing and what is extra.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { judgeFlowCategory } from '../../src/inventory/judge.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows');
const policy = loadPolicy(join(root, 'privacy.yml'));
const engine = createEngine(policy);

/** `file:line rule categories` for every expectation; it applies to the next line that is code. */
function expectationsIn(file: string, text: string): string[] {
  const lines = text.split('\n');
  const expected: string[] = [];
  lines.forEach((line, index) => {
    const match = /\/\/\s*privmap-expect:\s*(\S+)\s+(.+)$/.exec(line);
    if (!match) return;
    let target = index + 1;
    while (target < lines.length && /^\s*(\/\/|\/\*|\*|$)/.test(lines[target]!)) target++;
    const categories = match[2]!.split(',').map((s) => s.trim()).sort().join(', ');
    expected.push(`${file}:${target + 1} ${match[1]} ${categories}`);
  });
  return expected;
}

function ruleFor(flow: FlowFinding): string {
  return flow.sinkKind === 'logs' ? 'no-personal-data-in-logs' : 'no-undeclared-recipient';
}

/** What the rules would report: the categories of each flow that the policy does not allow. */
function reported(flow: FlowFinding): string | undefined {
  const undeclared = flow.categories.filter((category) => judgeFlowCategory(flow, category, policy).status === 'undeclared');
  return undeclared.length ? `${flow.location.file}:${flow.location.line} ${ruleFor(flow)} ${undeclared.sort().join(', ')}` : undefined;
}

const result = await scanCode(root, { engine });
const kinds = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('flow fixtures', () => {
  it('parses every fixture', () => {
    expect(result.skipped).toEqual([]);
  });

  for (const kind of kinds) {
    it(kind, () => {
      const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow' && f.location.file!.startsWith(`${kind}/`));
      const actual = flows.map(reported).filter((r): r is string => Boolean(r)).sort();
      const files = readdirSync(join(root, kind)).sort();
      const expected = files.flatMap((file) => expectationsIn(`${kind}/${file}`, readFileSync(join(root, kind, file), 'utf8'))).sort();
      expect(expected.length).toBeGreaterThan(0);
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = actual.filter((a) => !expected.includes(a));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }
});
