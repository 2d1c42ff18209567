/** Joining findings from every source into one sorted inventory. */
import { describe, expect, it } from 'vitest';
import type { FieldFinding, FlowFinding, ScanResult } from '../../src/finding.js';
import { buildInventory } from '../../src/inventory/build.js';
import { compareWithBaseline, createBaseline } from '../../src/inventory/baseline.js';
import { parsePolicy } from '../../src/policy/index.js';

const policy = parsePolicy(
  `version: 1
controller: { name: Acme AS, contact: [privacy@example.com] }
purposes:
  service-provision: { title: Service, legalBasis: contract, categories: [name, email], retention: 1 year }
  customer-relationship: { title: CRM, legalBasis: contract, categories: [name, email], retention: 1 year }
recipients:
  logs: { title: Logs, kind: internal, purposes: [service-provision], categories: [email] }
`,
  '/project/privacy.yml',
);

const evidence = { ruleId: 'email.word', words: ['email'], confidence: 0.95, notes: [] };
const prismaEmail: FieldFinding = {
  kind: 'field', source: 'prisma', category: 'email', container: 'Customer', field: 'email', evidence, purposes: ['service-provision'],
  location: { source: 'prisma', file: 'prisma/schema.prisma', line: 12, col: 3, table: 'customers', column: 'email' },
  storage: { table: 'customers', column: 'email' },
};
const sqlEmail: FieldFinding = {
  kind: 'field', source: 'sql', category: 'email', container: 'public.customers', field: 'email', evidence, purposes: [],
  location: { source: 'sql', file: 'prisma/migrations/1_init/migration.sql', line: 5, table: 'public.customers', column: 'email' },
  storage: { schema: 'public', table: 'customers', column: 'email' },
};
const liveEmail: FieldFinding = {
  kind: 'field', source: 'postgres', category: 'email', container: 'public.customers', field: 'email', evidence, purposes: ['customer-relationship'],
  location: { source: 'postgres', table: 'public.customers', column: 'email' },
  storage: { schema: 'public', table: 'customers', column: 'email' },
};
const logFlow: FlowFinding = {
  kind: 'flow', source: 'code', categories: ['email', 'name'], container: 'register', sink: 'logger.info', sinkId: 'pino', sinkKind: 'logs', package: 'pino',
  expressions: ['customer.email', 'customer.name'], location: { source: 'code', file: 'src/register.ts', line: 9, col: 3 }, purposes: [],
};

function result(findings: ScanResult['findings'], columns: ScanResult['columns'] = []): ScanResult {
  return { findings, skipped: [], stats: { files: 1, lines: 10 }, columns };
}

describe('buildInventory', () => {
  const inventory = buildInventory({ policy, scanRoot: '/project', results: [result([liveEmail]), result([sqlEmail, prismaEmail]), result([logFlow])] });

  it('merges one column seen in Prisma, migrations and the live database into one element', () => {
    const merged = inventory.elements.filter((e) => e.kind === 'field');
    expect(merged).toHaveLength(1);
    const element = merged[0]!;
    expect(element.container).toBe('Customer');
    expect(element.sources).toEqual(['postgres', 'prisma', 'sql']);
    expect(element.locations.map((l) => l.source)).toEqual(['postgres', 'prisma', 'sql']);
    expect(element.status).toBe('declared');
    expect(element.purposes).toEqual(['customer-relationship', 'service-provision']);
    expect(element.reasons).toEqual([{ code: 'purpose-conflict', purposes: ['customer-relationship', 'service-provision'] }]);
    expect(element.recipients).toEqual(['logs']);
  });

  it('splits a flow into one element per category, judged on its own', () => {
    const flows = inventory.elements.filter((e) => e.kind === 'flow');
    expect(flows.map((e) => [e.category, e.status])).toEqual([['email', 'declared'], ['name', 'undeclared']]);
    expect(flows[1]!.reasons).toEqual([{ code: 'recipient-not-allowed', recipient: 'logs', category: 'name' }]);
  });

  it('lists every recipient of one call that reaches two (a tracker that also logs what it sends)', () => {
    const tracked: FlowFinding = { ...logFlow, categories: ['email'], sink: 'tracker.track', sinkId: 'mixpanel', sinkKind: 'analytics', package: 'mixpanel' };
    const logged: FlowFinding = { ...tracked, sinkId: 'pino', sinkKind: 'logs', package: 'pino' };
    const both = buildInventory({ policy, scanRoot: '/project', results: [result([tracked, logged])] });
    expect(both.elements).toHaveLength(1);
    expect(both.elements[0]!.recipients).toEqual(['logs', 'mixpanel']);
    expect(both.elements[0]!.reasons).toEqual([{ code: 'recipient-undeclared', recipient: 'mixpanel' }]);
  });

  it('is independent of the order sources arrive in, and of line numbers', () => {
    const reordered = buildInventory({ policy, scanRoot: '/project', results: [result([logFlow]), result([prismaEmail, sqlEmail]), result([liveEmail])] });
    expect(JSON.stringify(reordered.elements)).toBe(JSON.stringify(inventory.elements));
    const moved = buildInventory({ policy, scanRoot: '/project', results: [result([{ ...logFlow, location: { ...logFlow.location, line: 90 } }])] });
    expect(moved.elements.map((e) => e.id)).toEqual(inventory.elements.filter((e) => e.kind === 'flow').map((e) => e.id));
  });

  it('reports drift between schema files and the live database', () => {
    const columns = [
      { source: 'sql' as const, schema: 'public', table: 'customers', column: 'email', location: sqlEmail.location },
      { source: 'sql' as const, schema: 'public', table: 'customers', column: 'fax', location: sqlEmail.location },
      { source: 'postgres' as const, schema: 'public', table: 'customers', column: 'email', location: liveEmail.location },
      { source: 'postgres' as const, schema: 'public', table: 'customers', column: 'nickname', location: liveEmail.location },
      { source: 'postgres' as const, schema: 'public', table: '_prisma_migrations', column: 'id', location: liveEmail.location },
    ];
    const withDrift = buildInventory({ policy, scanRoot: '/project', results: [result([], columns)] });
    expect(withDrift.drift.map((d) => `${d.kind} ${d.table}.${d.column}`)).toEqual(['missing-column public.customers.fax', 'undocumented-column public.customers.nickname']);
  });

  it('baselines by id: known elements pass, resolved ones are listed', () => {
    const baseline = createBaseline(inventory);
    expect(baseline.entries.map((e) => `${e.category} ${e.field} ${e.where}`)).toEqual(['name logger.info src/register.ts:9']);
    expect(compareWithBaseline(inventory, baseline)).toMatchObject({ fresh: [], resolved: [] });
    const fixed = buildInventory({ policy, scanRoot: '/project', results: [result([prismaEmail])] });
    expect(compareWithBaseline(fixed, baseline).resolved).toHaveLength(1);
  });
});
