/** The JSON report on SMARTi AS's inventory: content, schema, determinism and --compare. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { renderReport, type ReportJson } from '../../src/report/index.js';
import { repoRoot } from '../helpers/cli.js';
import { loadReportInventory, withHostileNames } from './fixture.js';

const render = (options: Parameters<typeof renderReport>[2] = {}, inventory = loadReportInventory()) => JSON.parse(renderReport(inventory, 'json', options)) as ReportJson;
const validate = new Ajv({ strict: true, allErrors: true, strictTuples: false }).compile(JSON.parse(readFileSync(join(repoRoot, 'schema', 'report.schema.json'), 'utf8')) as object);

describe('JSON report', () => {
  it('names the controller and every purpose with its basis, Art. 6(1) letter, subjects, recipients and rights', () => {
    const report = render();
    expect(report.formatVersion).toBe(1);
    expect(report.controller).toMatchObject({ name: 'SMARTi AS', contact: ['contact@smarti.dev'], dpo: 'Data protection officer, privacy@smarti.dev' });
    expect(report.controller.supervisoryAuthority?.name).toMatch(/Datatilsynet/);
    expect(report.purposes.map((p) => p.id)).toEqual(['service-provision', 'customer-relationship', 'analytics', 'personalisation', 'marketing', 'profiling', 'system-monitoring', 'fraud-prevention', 'accounting']);
    expect(report.purposes.map((p) => `${p.id} ${p.article}`)).toContain('service-provision 6(1)(b)');
    expect(report.purposes.find((p) => p.id === 'marketing')).toMatchObject({ legalBasis: 'legitimate-interests', legalBasisTitle: 'Legitimate interests', article: '6(1)(f)', directMarketing: true, subjects: [{ id: 'customers', title: 'Customers' }, { id: 'prospects', title: 'Prospective customers' }] });
    expect(report.purposes.find((p) => p.id === 'accounting')).toMatchObject({ article: '6(1)(c)', erasureExempt: true, rights: { erasure: { applies: 'no' }, portability: { applies: 'no' }, objection: { applies: 'no' } } });
    expect(report.purposes.find((p) => p.id === 'profiling')!.rights['withdraw-consent']).toEqual({ applies: 'yes', why: 'Art. 7(3): at any time, as easily as given' });
    const analytics = report.purposes.find((p) => p.id === 'analytics')!;
    expect(analytics.recipients).toEqual([{ id: 'mixpanel', title: 'Mixpanel (product analytics)', kind: 'processor', transfer: { country: 'US', safeguard: 'EU-US Data Privacy Framework and Standard Contractual Clauses', outsideEea: true } }]);
    expect(report.categories.map((c) => `${c.id}=${c.fides}`)).toEqual(['address=user.contact.address', 'email=user.contact.email', 'name=user.name', 'phone=user.contact.phone_number']);
  });

  it('gives each element its status, reasons as codes with arguments and words, a fix, and every location', () => {
    const report = render();
    expect(report.summary).toMatchObject({ total: 21, declared: 13, undeclared: 7, suppressed: 1, percent: 66, files: 48 });
    const ticket = report.elements.find((e) => e.container === 'SupportTicket')!;
    expect(ticket.reasons).toEqual([{ code: 'unknown-purpose', args: { purpose: 'customer-support', suggestion: 'customer-relationship' }, text: 'purpose `customer-support` is not in the policy (did you mean `customer-relationship`?)' }]);
    expect(ticket.fix).toBe('change `customer-support` to `customer-relationship`');
    const email = report.elements.find((e) => e.container === 'Customer' && e.field === 'email')!;
    expect(email.locations.map((l) => l.text)).toEqual(['src/customers/customer.entity.ts:18', 'live public.customers.email', 'prisma/schema.prisma:14 (public.customers.email)', 'migrations/001_create_customers.sql:4 (public.customers.email)']);
    expect(email).not.toHaveProperty('fix');
    expect(report.elements.find((e) => e.field === 'body')!.evidence).toEqual(['value.phone 0.80 (matched 12 of 12 sampled values)']);
    expect(report.elements.find((e) => e.container === 'Warehouse')).toMatchObject({ status: 'suppressed', suppressedReason: 'the warehouse switchboard, not a person', organisation: true });
    expect(report.recipients.map((r) => `${r.id}:${r.isDeclared}:${r.elements.length}`)).toEqual(['application-logs:true:1', 'mixpanel:true:2', 'sendgrid:true:3', 'hubspot:false:1']);
    expect(report.coverage.bySource.postgres).toEqual({ total: 10, declared: 9, undeclared: 1, suppressed: 0, percent: 90 });
    expect(report.drift).toEqual([
      { kind: 'missing-column', table: 'public.customers', column: 'fax' },
      { kind: 'undocumented-column', table: 'public.customers', column: 'nickname' },
    ]);
    expect(report.skipped.map((s) => s.file)).toEqual(['migrations/007_partition_orders.sql', 'src/vendor/legacy-widget.min.js']);
  });

  it('validates against the committed JSON Schema, also with hostile names, a date and a comparison', () => {
    for (const report of [render(), render({ generatedAt: '2025-01-31T12:00:00Z', compare: render() }, withHostileNames(loadReportInventory()))]) {
      expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('carries no timestamp unless one is passed', () => {
    expect(render()).not.toHaveProperty('generatedAt');
    expect(render({ generatedAt: '2025-01-31' }).generatedAt).toBe('2025-01-31');
  });

  it('says what appeared, disappeared and changed status since a previous report', () => {
    const previous = render({ generatedAt: '2025-01-01' });
    const referral = previous.elements.findIndex((e) => e.container === 'Referral');
    previous.elements.splice(referral, 1);
    previous.elements.push({ ...previous.elements[0]!, id: 'ffffffffffffffff', container: 'Customer', field: 'fax', category: 'phone' });
    previous.elements.find((e) => e.container === 'public.customers' && e.field === 'nickname')!.status = 'declared';
    const compare = render({ compare: previous }).compare!;
    expect(compare.previousGeneratedAt).toBe('2025-01-01');
    expect(compare.appeared.map((e) => `${e.container}.${e.field} ${e.status}`)).toEqual(['Referral.friendEmail undeclared']);
    expect(compare.disappeared.map((e) => `${e.container}.${e.field}`)).toEqual(['Customer.fax']);
    expect(compare.changed).toEqual([expect.objectContaining({ container: 'public.customers', field: 'nickname', previousStatus: 'declared', status: 'undeclared' })]);
    expect(render({ compare: render() }).compare).toEqual({ appeared: [], disappeared: [], changed: [] });
  });

  it('refuses a --compare file that is not a formatVersion 1 report, in one clear message', () => {
    expect(() => render({ compare: { hello: 'world' } as never })).toThrow(UsageError);
    expect(() => render({ compare: { ...render(), formatVersion: 2 } as never })).toThrow(/formatVersion 2; this privmap reads formatVersion 1/);
    expect(() => render({ compare: { formatVersion: 1, elements: [{ id: 'x' }] } as never })).toThrow(/element 0 .* lacks/);
  });
});
