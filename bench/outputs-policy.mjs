// The policy both halves of the outputs benchmark judge against: the in-process renders and the CLI runs.
export const BENCH_POLICY = `version: 1
controller: { name: Bench AS, contact: [privacy@example.com] }
subjects: { customers: { title: Customers } }
purposes:
  service-provision: { title: Services, legalBasis: contract, categories: [name, email, phone, address], subjects: [customers], retention: 1 year }
recipients:
  sentry: { title: Sentry, kind: processor, purposes: [service-provision], categories: [email], packages: ['@sentry/node'] }
`;

/**
 * Findings shaped like a scan of `files` entity files: a declared email each and, alternately, a phone with
 * `phonePurposes(i)` or a flow to one of a handful of recipients, as an application has (the error monitor, the
 * logs, two HTTP APIs). The outputs benchmark renders them at 40,000 elements; the report golden test, small.
 */
export function benchFindings(files, { filesPerModule = 100, phonePurposes = () => [] } = {}) {
  const evidence = (category) => ({ ruleId: `${category}.term`, words: [category], confidence: 0.95, notes: ['type:text'] });
  const findings = [];
  for (let i = 0; i < files; i++) {
    const file = `src/module-${Math.floor(i / filesPerModule)}/entity-${i}.ts`;
    const container = `Customer${i}`;
    findings.push({ kind: 'field', source: 'code', category: 'email', container, field: 'email', location: { source: 'code', file, line: 3, col: 3 }, evidence: evidence('email'), purposes: ['service-provision'] });
    if (i % 2 === 0) {
      findings.push({ kind: 'field', source: 'code', category: 'phone', container, field: 'mobilePhone', location: { source: 'code', file, line: 4, col: 3 }, evidence: evidence('phone'), purposes: phonePurposes(i) });
    } else {
      const sink =
        i % 8 === 1
          ? { sink: 'Sentry.setUser', sinkId: 'sentry', sinkKind: 'monitoring', package: '@sentry/node' }
          : i % 8 === 3
            ? { sink: 'console.log', sinkId: 'console', sinkKind: 'logs' }
            : { sink: 'fetch', sinkId: 'http', sinkKind: 'http', host: `api.vendor${i % 2}.example` };
      findings.push({ kind: 'flow', source: 'code', categories: ['email'], container: `notify${i}`, ...sink, expressions: ['customer.email'], location: { source: 'code', file, line: 9, col: 5 }, purposes: [] });
    }
  }
  return findings;
}
