// The policy both halves of the outputs benchmark judge against: the in-process renders and the CLI runs.
export const BENCH_POLICY = `version: 1
controller: { name: Bench AS, contact: [privacy@example.com] }
subjects: { customers: { title: Customers } }
purposes:
  service-provision: { title: Services, legalBasis: contract, categories: [name, email, phone, address], subjects: [customers], retention: 1 year }
recipients:
  sentry: { title: Sentry, kind: processor, purposes: [service-provision], categories: [email], packages: ['@sentry/node'] }
`;
