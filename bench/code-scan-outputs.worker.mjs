// One format rendered in a fresh process: builds a synthetic inventory of N elements (N/2 files, each with a
// declared field and, alternately, an undeclared field or a flow to a recipient), then times the render.
// Prints one JSON line: seconds, bytes, and how long building the inventory took.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [format, count] = process.argv.slice(2);
const { loadPolicy } = await import('../dist/policy/index.js');
const { buildInventory } = await import('../dist/inventory/build.js');
const { renderReport } = await import('../dist/report/index.js');
const { renderSarif } = await import('../dist/output/sarif.js');
const { renderTable } = await import('../dist/output/table.js');
const { palette } = await import('../dist/output/color.js');

const dir = mkdtempSync(join(tmpdir(), 'privmap-outputs-'));
writeFileSync(
  join(dir, 'privacy.yml'),
  `version: 1
controller: { name: Bench AS, contact: [privacy@example.com] }
subjects: { customers: { title: Customers } }
purposes:
  service-provision: { title: Services, legalBasis: contract, categories: [name, email, phone, address], subjects: [customers], retention: 1 year }
recipients:
  sentry: { title: Sentry, kind: processor, purposes: [service-provision], categories: [email], packages: ['@sentry/node'] }
`,
);
const policy = loadPolicy(join(dir, 'privacy.yml'));
rmSync(dir, { recursive: true, force: true });

const evidence = (category) => ({ ruleId: `${category}.term`, words: [category], confidence: 0.95, notes: ['type:text'] });
const findings = [];
const files = Number(count) / 2;
for (let i = 0; i < files; i++) {
  const file = `src/module-${Math.floor(i / 100)}/entity-${i}.ts`;
  const container = `Customer${i}`;
  findings.push({ kind: 'field', source: 'code', category: 'email', container, field: 'email', location: { source: 'code', file, line: 3, col: 3 }, evidence: evidence('email'), purposes: ['service-provision'] });
  if (i % 2 === 0) {
    findings.push({ kind: 'field', source: 'code', category: 'phone', container, field: 'mobilePhone', location: { source: 'code', file, line: 4, col: 3 }, evidence: evidence('phone'), purposes: [] });
  } else {
    // A handful of recipients, as an application has: the error monitor, the logs, two HTTP APIs.
    const sink =
      i % 8 === 1
        ? { sink: 'Sentry.setUser', sinkId: 'sentry', sinkKind: 'monitoring', package: '@sentry/node' }
        : i % 8 === 3
          ? { sink: 'console.log', sinkId: 'console', sinkKind: 'logs' }
          : { sink: 'fetch', sinkId: 'http', sinkKind: 'http', host: `api.vendor${i % 2}.example` };
    findings.push({ kind: 'flow', source: 'code', categories: ['email'], container: `notify${i}`, ...sink, expressions: ['customer.email'], location: { source: 'code', file, line: 9, col: 5 }, purposes: [] });
  }
}
let started = performance.now();
const inventory = buildInventory({ policy, results: [{ findings, skipped: [], stats: { files, lines: files * 20 } }], scanRoot: process.cwd() });
const buildSeconds = (performance.now() - started) / 1000;
if (inventory.elements.length !== Number(count)) throw new Error(`expected ${count} elements, built ${inventory.elements.length}`);

started = performance.now();
const text =
  format === 'sarif'
    ? renderSarif(inventory, { scanRoot: process.cwd() })
    : format === 'table'
      ? renderTable(inventory, { palette: palette(false), verbose: false })
      : renderReport(inventory, format);
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, bytes: Buffer.byteLength(text), buildSeconds }));
