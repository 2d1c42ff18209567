/**
 * One project's HTML page past PROJECT_ROWS elements (issue 14: every output linear): the inventory lists the
 * undeclared first up to the limit and says where the complete list is; the summary still counts everything.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldFinding } from '../../src/finding.js';
import { buildInventory } from '../../src/inventory/build.js';
import { loadPolicy } from '../../src/policy/index.js';
import { buildReport } from '../../src/report/build.js';
import { pagedElements, PROJECT_ROWS, renderHtml } from '../../src/report/formats/html.js';
import { sampleApp } from '../helpers/cli.js';

function field(i: number, purposes: string[]): FieldFinding {
  const evidence = { ruleId: 'email.term', words: ['email'], confidence: 0.95, notes: [] };
  return { kind: 'field', source: 'code', category: 'email', container: `Customer${i}`, field: 'email', location: { source: 'code', file: `src/c${i}.ts`, line: 2, col: 3 }, evidence, purposes };
}

function report(count: number, undeclaredEvery: number) {
  const policy = loadPolicy(join(sampleApp, 'privacy.yml'));
  const findings = Array.from({ length: count }, (_, i) => field(i, i % undeclaredEvery === 0 ? [] : ['service-provision']));
  return buildReport(buildInventory({ policy, results: [{ findings, skipped: [], stats: { files: count, lines: count * 10 } }], scanRoot: sampleApp }));
}

const rows = (page: string) => page.match(/<tr data-category=/g)?.length ?? 0;

describe('one project HTML page past its row limit', () => {
  it('lists every element up to the limit, with no note', () => {
    const small = report(40, 4);
    const page = renderHtml(small);
    expect(rows(page)).toBe(40);
    expect(page).not.toContain('which always list every element');
  });

  it('lists the undeclared first up to the limit, points at CSV and JSON, and still counts everything in the summary', () => {
    const big = report(PROJECT_ROWS + 1_000, 3);
    const undeclared = big.elements.filter((e) => e.status === 'undeclared');
    const page = renderHtml(big);
    expect(rows(page)).toBe(PROJECT_ROWS);
    for (const e of undeclared) expect(page).toContain(`id="element-${e.id}"`);
    expect(page).toContain(`This page lists ${PROJECT_ROWS} of ${big.elements.length} elements, undeclared first: 1000 more elements are in the CSV and JSON formats`);
    // The summary counts every element, not only the rows shown.
    expect(page).toContain(`<div class="card"><b>${PROJECT_ROWS + 1_000}</b><span>data elements found</span></div>`);
    // The page keeps the report's order among what it shows.
    const { shown } = pagedElements(big);
    expect(shown.map((e) => big.elements.indexOf(e))).toEqual([...shown.map((e) => big.elements.indexOf(e))].sort((a, b) => a - b));
  });

  it('fills the page with undeclared elements when there are more of them than the limit', () => {
    const big = report(30, 1);
    const { shown, omitted } = pagedElements(big, 10);
    expect(shown).toHaveLength(10);
    expect(omitted).toBe(20);
    expect(shown.every((e) => e.status === 'undeclared')).toBe(true);
  });
});
