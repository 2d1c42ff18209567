/** Every report format on real inventories: the sample app, and a schema whose names attack each format. */
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/inventory/types.js';
import { scanProject } from '../../src/pipeline.js';
import { exportFides } from '../../src/report/fides.js';
import { renderReport, type ReportJson } from '../../src/report/index.js';
import { repoRoot, sampleApp } from '../helpers/cli.js';

let sample: Inventory;
let hostile: Inventory;
beforeAll(async () => {
  sample = await scanProject({ dir: sampleApp });
  hostile = await scanProject({ dir: join(repoRoot, 'fixtures', 'report', 'hostile-names') });
});

describe('JSON', () => {
  it('is versioned, complete and deterministic', () => {
    const text = renderReport(sample, 'json');
    expect(renderReport(sample, 'json')).toBe(text);
    const report = JSON.parse(text) as ReportJson;
    expect(report.formatVersion).toBe(1);
    expect(report.controller.name).toBe('SMARTi AS');
    expect(report.purposes.map((p) => p.id)).toHaveLength(9);
    const marketing = report.purposes.find((p) => p.id === 'marketing')!;
    expect(marketing).toMatchObject({ legalBasis: 'legitimate-interests', article: 'Art. 6(1)(f)' });
    expect(marketing.rights.objection).toEqual({ applies: 'yes', why: 'Art. 21(2): absolute for direct marketing' });
    const accounting = report.purposes.find((p) => p.id === 'accounting')!;
    expect(accounting.rights.erasure.applies).toBe('limited');
    expect(accounting.rights.portability.applies).toBe('no');
    expect(report.purposes.find((p) => p.id === 'profiling')!.rights['withdraw-consent'].applies).toBe('yes');
    expect(report.coverage.undeclared).toBeGreaterThanOrEqual(3);
    expect(report.elements.find((e) => e.container === 'Referral' && e.field === 'friendEmail')?.reasons[0]?.text).toBe('no purpose is declared for it');
  });

  it('shows what appeared and disappeared since a previous report', () => {
    const previous = JSON.parse(renderReport(sample, 'json')) as ReportJson;
    const gone = previous.elements.pop()!;
    previous.elements.push({ ...gone, id: 'ffffffffffffffff', container: 'OldTable', field: 'fax' });
    const compared = JSON.parse(renderReport(sample, 'json', { compare: previous })) as ReportJson;
    expect(compared.compare).toEqual({ appeared: [gone.id], disappeared: [`${gone.category} OldTable.fax`] });
  });
});

describe('CSV', () => {
  it('has one row per location and neutralises formulas, quotes and newlines', () => {
    const csv = renderReport(hostile, 'csv');
    expect(csv.split('\r\n')[0]).toBe('element_id,category,container,field,status,reason,purposes,recipients,organisation,source,file,line,table,column,evidence');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") email"`);
    expect(csv).toContain(`'@SUM(A1) address`);
    expect(csv).toContain('"contact | `tick`\nphone"');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const sampleCsv = renderReport(sample, 'csv');
    const locations = sample.elements.reduce((n, e) => n + e.locations.length, 0);
    expect(sampleCsv.trimEnd().split('\r\n')).toHaveLength(locations + 1);
  });
});

describe('Markdown', () => {
  it('keeps hostile names inside their table cells', () => {
    const md = renderReport(hostile, 'markdown');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('customers'))) {
      // Every row of the inventory table has exactly its seven cell separators.
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(8);
    }
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/`tick`/);
  });
});

describe('HTML', () => {
  it('escapes every scanned string and carries a strict CSP with hashes', () => {
    const html = renderReport(hostile, 'html');
    expect(html).not.toMatch(/<script>alert/);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    // The CSP allows only the hashed <style> block: no inline style attributes.
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.smarti\.dev)[^"<\s]*\.(js|css)/);
  });

  it('is the same bytes for the same input', () => {
    expect(renderReport(sample, 'html')).toBe(renderReport(sample, 'html'));
  });
});

describe('Fides export', () => {
  it('writes fideslang dataset and system manifests with data categories and legal bases', () => {
    const manifest = parseYaml(exportFides(sample)) as { dataset: any[]; system: any[] };
    const dataset = manifest.dataset[0];
    expect(dataset.fides_key).toBe('smarti_as_privmap');
    const customers = dataset.collections.find((c: { name: string }) => c.name === 'customers');
    expect(customers.fields.find((f: { name: string }) => f.name === 'email').data_categories).toEqual(['user.contact.email']);
    const system = manifest.system[0];
    const marketing = system.privacy_declarations.find((d: { name: string }) => d.name === 'Sales and marketing');
    expect(marketing).toMatchObject({ data_use: 'marketing.communications.email', legal_basis_for_processing: 'Legitimate interests' });
    expect(marketing.egress.map((e: { fides_key: string }) => e.fides_key)).toEqual(['sendgrid']);
  });
});

describe('schema of the JSON report', () => {
  it('validates against the committed JSON Schema', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'report.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(renderReport(sample, 'json'))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
