/**
 * The report fixture: SMARTi AS's hand-made inventory (fixtures/report/smarti/inventory.json) joined with its
 * privacy.yml through the real policy loader, and a variant whose scanned names attack every output format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Inventory, InventoryElement } from '../../src/inventory/types.js';
import { loadPolicy } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

export const smartiDir = join(repoRoot, 'fixtures', 'report', 'smarti');

export function loadReportInventory(): Inventory {
  const { $comment: _comment, ...data } = JSON.parse(readFileSync(join(smartiDir, 'inventory.json'), 'utf8')) as Omit<Inventory, 'policy'> & { $comment?: string };
  return { ...data, policy: loadPolicy(join(smartiDir, 'privacy.yml')) };
}

/** Names as untrusted code and quoted SQL identifiers can spell them. */
export const HOSTILE = {
  container: 'customers</script><script>alert(1)</script>',
  formula: '=HYPERLINK("http://evil.example")',
  multiline: 'contact | `tick`\nphone',
  quotes: `"double" and 'single'`,
  purpose: '<img src=x onerror=alert(2)>',
  file: 'src/<b>evil</b>.ts',
} as const;

export function withHostileNames(inventory: Inventory): Inventory {
  const base: Pick<InventoryElement, 'kind' | 'reasons' | 'recipients' | 'evidence' | 'findings'> = { kind: 'field', reasons: [], recipients: [], evidence: [{ ruleId: 'email.word', words: ['email'], confidence: 0.9, notes: [] }], findings: [] };
  const hostile: InventoryElement[] = [
    { ...base, id: 'ffff000000000001', category: 'email', container: HOSTILE.container, field: HOSTILE.formula, status: 'undeclared', reasons: [{ code: 'unknown-purpose', purpose: HOSTILE.purpose }], purposes: [HOSTILE.purpose], sources: ['sql'], locations: [{ source: 'sql', file: 'migrations/001_hostile.sql', line: 5, table: `public.${HOSTILE.container}`, column: HOSTILE.formula }] },
    { ...base, id: 'ffff000000000002', category: 'phone', container: HOSTILE.quotes, field: HOSTILE.multiline, status: 'undeclared', reasons: [{ code: 'no-purpose' }], purposes: [], sources: ['code'], locations: [{ source: 'code', file: HOSTILE.file, line: 3 }] },
    { ...base, id: 'ffff000000000003', category: 'name', container: 'Team', field: '@SUM(A1)', status: 'suppressed', suppressedReason: 'a team name,\nnot a person | `really`', purposes: [], sources: ['code'], locations: [{ source: 'code', file: 'src/team.ts', line: 2 }] },
  ];
  return { ...inventory, elements: [...inventory.elements, ...hostile] };
}
