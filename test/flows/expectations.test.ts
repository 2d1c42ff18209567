/**
 * Each fixture under fixtures/flows/<sink-kind>/ states the lint findings it expects as comments on the line
 * above (`// privmap-expect: no-personal-data-in-logs email`); this one runner checks them twice, through
 * privmap's scan (every flow judged against the folder's policy) and through a real ESLint 9 run with the
 * plugin's recommended config, and reports what is missing and what is extra in each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import plugin from '../../src/eslint/index.js';
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

function difference(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  return { missing: expected.filter((e) => !actual.includes(e)), extra: actual.filter((a) => !expected.includes(a)) };
}

function ruleFor(flow: FlowFinding): string {
  return flow.sinkKind === 'logs' ? 'no-personal-data-in-logs' : 'no-undeclared-recipient';
}

/** What the rules would report: the categories of each flow that the policy does not allow. */
function reported(flow: FlowFinding): string | undefined {
  const undeclared = flow.categories.filter((category) => judgeFlowCategory(flow, category, policy).status === 'undeclared');
  return undeclared.length ? `${flow.location.file}:${flow.location.line} ${ruleFor(flow)} ${undeclared.sort().join(', ')}` : undefined;
}

const FLOW_RULES = ['no-personal-data-in-logs', 'no-undeclared-recipient'];

/** The flow rules' messages start with the categories they report: `email, name data (...) is ...`. */
async function linted(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx', '**/*.js'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as Linter.Config],
  });
  const results = await eslint.lintFiles(['**/*.ts', '**/*.tsx', '**/*.js']);
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.fatal || FLOW_RULES.includes(m.ruleId?.replace('privmap/', '') ?? ''))
      .map((m) => `${relative(root, r.filePath).split('\\').join('/')}:${m.line} ${m.ruleId?.replace('privmap/', '') ?? `fatal: ${m.message}`} ${/^(.+?) data \(/.exec(m.message)?.[1] ?? m.message}`),
  );
}

const result = await scanCode(root, { engine });
const lintMessages = await linted();
// Dot folders are not fixtures: a scan of this folder leaves its cache in `.privmap-cache/`.
const kinds = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();

describe('flow fixtures', () => {
  it('parses every fixture', () => {
    expect(result.skipped).toEqual([]);
  });

  for (const kind of kinds) {
    // Scenario folders (wrappers/<scenario>/...) are read through; only source files state expectations.
    const files = (readdirSync(join(root, kind), { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).filter((f) => /\.(ts|tsx|js)$/.test(f) && !f.split('/').some((part) => part.startsWith('.'))).sort();
    const expected = files.flatMap((file) => expectationsIn(`${kind}/${file}`, readFileSync(join(root, kind, file), 'utf8'))).sort();

    it(`${kind}: privmap scan`, () => {
      const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow' && f.location.file!.startsWith(`${kind}/`));
      const actual = flows.map(reported).filter((r): r is string => Boolean(r)).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(difference(expected, actual)).toEqual({ missing: [], extra: [] });
    });

    it(`${kind}: ESLint`, () => {
      const actual = lintMessages.filter((m) => m.startsWith(`${kind}/`)).sort();
      expect(difference(expected, actual)).toEqual({ missing: [], extra: [] });
    });
  }
});
