/** JSON Schema of `privmap report --format json` (formatVersion 1), for tools that consume it. */
const strings = { type: 'array', items: { type: 'string' } };
const cell = { type: 'object', required: ['applies', 'why'], additionalProperties: false, properties: { applies: { enum: ['yes', 'no', 'limited'] }, why: { type: 'string' } } };
const tally = { type: 'object', additionalProperties: { type: 'object', required: ['total', 'declared'], properties: { total: { type: 'integer' }, declared: { type: 'integer' } } } };
const transfer = { type: 'object', required: ['country', 'safeguard'], properties: { country: { type: 'string' }, safeguard: { type: 'string' } } };

export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/privmap/privmap/schema/report.schema.json',
  title: 'privmap record of processing activities (JSON report)',
  description: 'The processing inventory joined with the privacy policy, as written by `privmap report --format json`.',
  type: 'object',
  required: ['formatVersion', 'tool', 'controller', 'categories', 'purposes', 'recipients', 'elements', 'coverage', 'drift', 'skipped', 'lint'],
  additionalProperties: false,
  properties: {
    formatVersion: { const: 1, description: 'Changes only when a field changes meaning or disappears.' },
    tool: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'privmap' }, version: { type: 'string' } } },
    generatedAt: { type: 'string', description: 'Only when asked for (--generated-at), so reports stay reproducible.' },
    controller: { type: 'object', required: ['name', 'contact'], description: 'The controller from the policy.' },
    categories: { type: 'array', items: { type: 'object', required: ['id', 'title', 'fides'], properties: { id: { type: 'string' }, title: { type: 'string' }, fides: { type: 'string' } } } },
    purposes: {
      type: 'array',
      description: 'One entry per purpose of processing (GDPR Art. 30(1)(b)).',
      items: {
        type: 'object',
        required: ['id', 'title', 'categories', 'subjects', 'recipients', 'rights', 'elements'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          description: { type: 'string' },
          legalBasis: { type: 'string' },
          article: { type: 'string', description: 'e.g. Art. 6(1)(f)' },
          categories: strings,
          subjects: strings,
          recipients: { type: 'array', items: { type: 'object', required: ['id', 'title'], properties: { id: { type: 'string' }, title: { type: 'string' }, transfer } } },
          retention: { type: 'string' },
          security: { type: 'string' },
          lia: { type: 'string' },
          consent: { type: 'string' },
          optOut: { type: 'string' },
          rights: { type: 'object', required: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent'], additionalProperties: cell },
          elements: { type: 'integer', description: 'How many inventory elements this purpose covers.' },
        },
      },
    },
    recipients: { type: 'array', items: { type: 'object', required: ['id', 'title', 'kind', 'purposes', 'categories'], properties: { transfer } } },
    elements: {
      type: 'array',
      description: 'Every data element with all its locations; ids are stable across line moves.',
      items: {
        type: 'object',
        required: ['id', 'kind', 'category', 'container', 'field', 'status', 'reasons', 'purposes', 'recipients', 'sources', 'locations', 'evidence', 'organisation'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          kind: { enum: ['field', 'flow'] },
          category: { type: 'string' },
          container: { type: 'string' },
          field: { type: 'string' },
          status: { enum: ['declared', 'undeclared', 'suppressed'] },
          reasons: { type: 'array', items: { type: 'object', required: ['code', 'text'], properties: { code: { enum: ['no-purpose', 'unknown-purpose', 'category-not-allowed', 'recipient-undeclared', 'recipient-not-allowed', 'purpose-conflict'] }, text: { type: 'string' } } } },
          purposes: strings,
          recipients: strings,
          sources: { type: 'array', items: { enum: ['code', 'sql', 'prisma', 'postgres'] } },
          locations: { type: 'array', items: { type: 'object', required: ['source', 'text'], properties: { source: { type: 'string' }, text: { type: 'string' }, file: { type: 'string' }, line: { type: 'integer' }, table: { type: 'string' }, column: { type: 'string' } } } },
          evidence: strings,
          organisation: { type: 'boolean' },
          suppressedReason: { type: 'string' },
        },
      },
    },
    coverage: { type: 'object', required: ['total', 'declared', 'undeclared', 'suppressed', 'bySource', 'byCategory'], properties: { bySource: tally, byCategory: tally } },
    drift: { type: 'array', items: { type: 'object', required: ['kind', 'table', 'column'], properties: { kind: { enum: ['undocumented-column', 'missing-column'] } } } },
    skipped: { type: 'array', items: { type: 'object', required: ['file', 'reason'] } },
    lint: { type: 'array', items: { type: 'object', required: ['code', 'severity', 'message'] } },
    compare: { type: 'object', required: ['appeared', 'disappeared'], properties: { appeared: strings, disappeared: strings } },
  },
} as const;
