/**
 * Every format, byte for byte, against the files in test/report/golden: a speed-up of the report model or a
 * renderer (issue 14: linear outputs) must not change a single byte of what users get. The inputs are
 * inventories that no detector change moves: SMARTi AS's hand-made one, the same with hostile names, a
 * `--compare` report, and findings shaped like the outputs benchmark's. A deliberate change of a format is
 * written to the golden files with `npx vitest run test/report/golden -u`, and the diff reviewed.
 */
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_POLICY, benchFindings } from '../../bench/outputs-policy.mjs';
import { buildInventory } from '../../src/inventory/build.js';
import type { Inventory, InventoryElement } from '../../src/inventory/types.js';
import { palette } from '../../src/output/color.js';
import { renderGitlab } from '../../src/output/gitlab.js';
import { renderSarif } from '../../src/output/sarif.js';
import { renderTable } from '../../src/output/table.js';
import { parsePolicy } from '../../src/policy/index.js';
import { REPORT_FORMATS, renderReport, type ReportJson } from '../../src/report/index.js';
import { loadReportInventory, withHostileNames } from './fixture.js';

const EXTENSIONS = { csv: 'csv', html: 'html', json: 'json', markdown: 'md' } as const;
const golden = (name: string) => join(import.meta.dirname, 'golden', name);

/** The outputs benchmark's shape, small: a declared email per file, and alternately an undeclared phone or a flow. */
function benchShaped(files: number): Inventory {
  const policy = parsePolicy(BENCH_POLICY, '/project/privacy.yml');
  const findings = benchFindings(files, { filesPerModule: 10, phonePurposes: (i) => (i % 6 === 0 ? ['marketing'] : []) });
  return buildInventory({ policy, results: [{ findings, skipped: [], stats: { files, lines: files * 20 } }], scanRoot: '/project' });
}

/** A previous report that lacks some of today's elements, gives others another status, and has one gone since. */
function previousReport(inventory: Inventory): ReportJson {
  const previous = JSON.parse(renderReport(inventory, 'json', { generatedAt: '2026-01-01T00:00:00Z' })) as ReportJson;
  previous.elements = previous.elements
    .filter((_, i) => i % 5 !== 1)
    .map((e, i) => (i % 3 === 2 ? { ...e, status: e.status === 'declared' ? 'undeclared' : 'declared' } : e));
  previous.elements.push({ ...previous.elements[0]!, id: 'gone000000000000', container: 'Gone', field: 'email' });
  return previous;
}

/** Hostile names, and names with characters that hide or reverse text (escaped in every format). */
function withHiddenCharacters(inventory: Inventory): Inventory {
  const hidden = withHostileNames(inventory);
  const evidence = [{ ruleId: 'email.word', words: ['email'], confidence: 0.9, notes: ['type:\u2028text'] }];
  const element = (id: string, category: string, container: string, field: string, lines: number[], file: string): InventoryElement => ({
    id, kind: 'field', category, container, field, status: 'undeclared', reasons: [{ code: 'no-purpose' }], purposes: [], recipients: [], sources: ['code'], evidence, findings: [],
    locations: lines.map((line) => ({ source: 'code', file, line })),
  });
  hidden.elements.push(
    element('ffff000000000004', 'email', 'Customer\u202Elin', 'e\u200Bmail', [7], 'src/cu\u202Estomer.ts'),
    element('ffff000000000005', 'name', 'Kunde\u001b[31m', 'navn\u2029', [2, 9], 'src/kunde.ts'),
  );
  return hidden;
}

const cases: [string, () => Inventory][] = [
  ['smarti', loadReportInventory],
  ['hostile', () => withHiddenCharacters(loadReportInventory())],
  ['bench-shaped', () => benchShaped(16)],
];

// SARIF and GitLab write the fixture policy's path relative to the scan root. GitLab's is the repository's root (the
// path, and the fingerprint made from it, are then `fixtures/...` on any machine); SARIF's is `/project`, named
// absolutely in the log, so the part of the path that goes through this checkout is cut.
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const CHECKOUT = `${relative('/project', REPO_ROOT).split(sep).join('/')}/`;
const checkoutFree = (text: string) => text.split(CHECKOUT).join('');

describe('every format, byte for byte', () => {
  for (const [name, inventory] of cases) {
    it(`${name}: the report formats`, async () => {
      const inv = inventory();
      for (const format of REPORT_FORMATS) await expect(renderReport(inv, format)).toMatchFileSnapshot(golden(`${name}.${EXTENSIONS[format]}`));
    });
    it(`${name}: --compare with a previous report`, async () => {
      const inv = inventory();
      const compare = previousReport(inv);
      for (const format of REPORT_FORMATS) await expect(renderReport(inv, format, { compare, generatedAt: '2026-02-02T00:00:00Z' })).toMatchFileSnapshot(golden(`${name}.compare.${EXTENSIONS[format]}`));
    });
    it(`${name}: SARIF, GitLab and the table`, async () => {
      const inv = inventory();
      await expect(checkoutFree(renderSarif(inv, { scanRoot: '/project' }))).toMatchFileSnapshot(golden(`${name}.sarif`));
      await expect(renderGitlab(inv, { scanRoot: name === 'bench-shaped' ? '/project' : REPO_ROOT })).toMatchFileSnapshot(golden(`${name}.gitlab.json`));
      await expect(renderTable(inv, { palette: palette(false), verbose: false })).toMatchFileSnapshot(golden(`${name}.table.txt`));
    });
  }
});
