/** The one judgement of findings against a policy, shared by the CLI and the ESLint rules. */
import { describe, expect, it } from 'vitest';
import type { FieldFinding, FlowFinding } from '../../src/finding.js';
import { judgeFinding } from '../../src/inventory/judge.js';
import { parsePolicy } from '../../src/policy/index.js';

const policy = parsePolicy(
  `version: 1
controller: { name: Acme AS, contact: [privacy@example.com] }
purposes:
  service-provision: { title: Service, legalBasis: contract, categories: [name, email, address, phone], retention: 1 year }
  marketing: { title: Marketing, legalBasis: legitimate-interests, lia: LIA-1, directMarketing: true, optOut: email us, categories: [email], retention: 1 year }
  system-monitoring: { title: Monitoring, legalBasis: legitimate-interests, lia: LIA-2, categories: [email], retention: 30 days }
recipients:
  logs: { title: Logs, kind: internal, purposes: [system-monitoring], categories: [email] }
  mixpanel: { title: Mixpanel, kind: processor, purposes: [marketing], categories: [email], packages: [mixpanel], hosts: ['*.mixpanel.com'] }
processing:
  - purposes: [service-provision]
    paths: ['src/orders/**']
  - purposes: [service-provision]
    symbols: ['Customer.*']
  - purposes: [marketing]
    tables: ['public.newsletter.*']
`,
  '/project/privacy.yml',
);

const evidence = { ruleId: 'test', words: [], confidence: 1, notes: [] };
function field(overrides: Partial<FieldFinding>): FieldFinding {
  return { kind: 'field', source: 'code', category: 'email', container: 'Lead', field: 'email', location: { source: 'code', file: 'src/leads/lead.ts', line: 3 }, evidence, purposes: [], ...overrides };
}
function flow(overrides: Partial<FlowFinding>): FlowFinding {
  return { kind: 'flow', source: 'code', categories: ['email'], container: 'notify', sink: 'logger.info', sinkId: 'pino', sinkKind: 'logs', package: 'pino', expressions: ['user.email'], location: { source: 'code', file: 'src/a.ts', line: 1 }, purposes: [], ...overrides };
}

describe('judgeFinding for stored fields', () => {
  it('is undeclared with no purpose', () => {
    expect(judgeFinding(field({}), policy)).toMatchObject({ status: 'undeclared', reasons: [{ code: 'no-purpose' }] });
  });

  it('is declared by an annotation whose purpose allows the category', () => {
    expect(judgeFinding(field({ purposes: ['marketing'] }), policy)).toMatchObject({ status: 'declared', reasons: [], purposes: ['marketing'] });
  });

  it('names the purpose that does not allow the category', () => {
    expect(judgeFinding(field({ category: 'phone', purposes: ['marketing'] }), policy).reasons).toEqual([{ code: 'category-not-allowed', purpose: 'marketing', category: 'phone' }]);
  });

  it('suggests the nearest purpose for a typo', () => {
    expect(judgeFinding(field({ purposes: ['marketting'] }), policy).reasons).toEqual([{ code: 'unknown-purpose', purpose: 'marketting', suggestion: 'marketing' }]);
  });

  it('applies processing declarations by path, symbol and table', () => {
    expect(judgeFinding(field({ location: { source: 'code', file: 'src/orders/order.ts' } }), policy).status).toBe('declared');
    expect(judgeFinding(field({ container: 'Customer', field: 'email' }), policy).purposes).toEqual(['service-provision']);
    expect(judgeFinding(field({ container: 'Customerx', field: 'email' }), policy).status).toBe('undeclared');
    const column = field({ source: 'postgres', container: 'public.newsletter', location: { source: 'postgres', table: 'public.newsletter', column: 'email' }, storage: { schema: 'public', table: 'newsletter', column: 'email' } });
    expect(judgeFinding(column, policy)).toMatchObject({ status: 'declared', purposes: ['marketing'] });
  });

  it('matches path declarations relative to the policy directory when the scan root differs', () => {
    expect(judgeFinding(field({ location: { source: 'code', file: 'order.ts' } }), policy, { fileFromPolicyRoot: 'src/orders/order.ts' }).status).toBe('declared');
  });

  it('keeps suppressed findings out of the failures', () => {
    expect(judgeFinding(field({ suppressed: { reason: 'a test address' } }), policy).status).toBe('suppressed');
  });
});

describe('judgeFinding for flows', () => {
  it('allows logs when the logs recipient is declared for a purpose allowing the category', () => {
    expect(judgeFinding(flow({}), policy)).toMatchObject({ status: 'declared', recipient: 'logs', purposes: ['system-monitoring'] });
  });

  it('rejects a category the recipient may not receive', () => {
    expect(judgeFinding(flow({ categories: ['email', 'phone'] }), policy).reasons).toEqual([{ code: 'recipient-not-allowed', recipient: 'logs', category: 'phone' }]);
  });

  it('resolves recipients by host wildcard and by package', () => {
    expect(judgeFinding(flow({ sinkId: 'http', sinkKind: 'http', package: undefined, host: 'api-eu.mixpanel.com' }), policy)).toMatchObject({ status: 'declared', recipient: 'mixpanel' });
    expect(judgeFinding(flow({ sinkId: 'mixpanel', sinkKind: 'analytics', package: 'mixpanel' }), policy).recipient).toBe('mixpanel');
  });

  it('names an undeclared recipient by host or package', () => {
    expect(judgeFinding(flow({ sinkId: 'http', sinkKind: 'http', package: 'axios', host: 'api.example.net' }), policy).reasons).toEqual([{ code: 'recipient-undeclared', recipient: 'api.example.net' }]);
    expect(judgeFinding(flow({ sinkId: 'segment', sinkKind: 'analytics', package: '@segment/analytics-node' }), policy).reasons).toEqual([{ code: 'recipient-undeclared', recipient: '@segment/analytics-node' }]);
  });

  it('restricts the recipient to purposes named in code', () => {
    expect(judgeFinding(flow({ purposes: ['marketing'] }), policy).status).toBe('undeclared');
  });
});
