/** A terminal table past its row limit is summarised (issue 14: every output linear), not printed in full. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldFinding } from '../../src/finding.js';
import { buildInventory } from '../../src/inventory/build.js';
import { palette } from '../../src/output/color.js';
import { renderTable, TABLE_WRAPPER_LIMIT } from '../../src/output/table.js';
import { loadPolicy } from '../../src/policy/index.js';
import { sampleApp } from '../helpers/cli.js';

function field(i: number, purposes: string[]): FieldFinding {
  const evidence = { ruleId: 'email.term', words: ['email'], confidence: 0.95, notes: [] };
  return { kind: 'field', source: 'code', category: 'email', container: `Customer${i}`, field: 'email', location: { source: 'code', file: `src/c${i}.ts`, line: 2, col: 3 }, evidence, purposes };
}

describe('renderTable on a large inventory', () => {
  const policy = loadPolicy(join(sampleApp, 'privacy.yml'));
  const findings = Array.from({ length: 12 }, (_, i) => field(i, i % 3 === 0 ? [] : ['service-provision']));
  const inventory = buildInventory({ policy, results: [{ findings, skipped: [], stats: { files: 12, lines: 120 } }], scanRoot: sampleApp });

  it('lists every row up to the limit', () => {
    const text = renderTable(inventory, { palette: palette(false), verbose: false, rowLimit: 12 });
    expect(text.match(/Customer\d+\.email/g)).toHaveLength(12);
  });

  it('past the limit, counts by category, lists the undeclared up to the limit, and points at the full formats', () => {
    const text = renderTable(inventory, { palette: palette(false), verbose: false, rowLimit: 3 });
    expect(text).toContain('12 personal-data elements: too many to list here.');
    expect(text).toMatch(/email\s*│?\s*8\s*│?\s*4\s*│?\s*0/);
    expect(text).toContain('The first 3 of 4 undeclared:');
    expect(text.match(/Customer\d+\.email/g)).toHaveLength(3);
    expect(text).toContain('privmap scan -f csv -o inventory.csv');
  });

  it('names a few of the functions wrapping a vendor, and all of them with --verbose', () => {
    const wrappers = Array.from({ length: 2_500 }, (_, i) => `src/notify-${i}.ts#notify${i}`);
    const withVendor = { ...inventory, thirdParties: [{ sinkId: 'sentry', vendor: 'Sentry', package: '@sentry/node', kind: 'monitoring', country: 'US', manifests: ['package.json'], wrappers }] };
    const text = renderTable(withVendor, { palette: palette(false), verbose: false, rowLimit: 3 });
    expect(text).toContain(`Sentry (monitoring, US): @sentry/node, wrapped by ${wrappers.slice(0, TABLE_WRAPPER_LIMIT).join(', ')} and 2,495 more (-v lists them)`);
    expect(text).not.toContain(wrappers[TABLE_WRAPPER_LIMIT]);
    expect(renderTable(withVendor, { palette: palette(false), verbose: true, rowLimit: 3 })).toContain(wrappers.join(', '));
  });
});
