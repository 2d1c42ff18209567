/**
 * The JSON Schema of a sink catalogue file (`rules/sinks/*.yml`) and of one sink (an entry there, or one in the
 * policy's `detection.sinks`). Kept apart from the loader so docs and tests can read it.
 */

const stringList = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description }) as const;

export const sinkSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$', description: 'Unique id; a policy sink with a built-in id replaces it. A policy recipient whose id or `sinks` names it receives its flows.' },
    kind: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*$',
      description: 'Recipient kind: logs, analytics, email, sms, crm, payments, monitoring, ai, file, http (or your own). Defaults to the file-level kind.',
    },
    title: { type: 'string', minLength: 1, description: 'Name shown in reports.' },
    packages: stringList('npm packages whose import identifies the sink (`pino`, `@sendgrid/mail`).'),
    imports: stringList('Only these named exports of the packages count (`Logger` of `@nestjs/common`); default: every export.'),
    calls: stringList(
      'Callee patterns: dot-separated segments, `{a,b}` alternatives, `*` any one segment. The first segment is `<import>` (a binding imported from `packages`), `<instance>` (a value made from one: `pino()`, `new Stripe(key)`, a parameter typed with it) or a global name (`console`, `fetch`, `this`).',
    ),
    hosts: stringList('Hosts that identify the recipient in an HTTP call; `*.example.com` covers subdomains.'),
    roles: {
      type: 'object',
      description:
        'What an argument holds whatever it is called: an object key at any depth (`to: email`), `$N` for the N-th argument (`$1: person`), `method:key` for one method only (`identify:$1: person`), or for a callee ending with a dotted path (`customers.create:$0: person`). Values: a category (email, phone, name, address) or `person` (keys read as describing a person).',
      propertyNames: { pattern: '^([A-Za-z_][\\w.]*:)?(\\$\\d+|[A-Za-z_$][\\w$]*)$' },
      additionalProperties: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    },
    country: { type: 'string', pattern: '^[A-Z]{2}$', description: "ISO 3166-1 alpha-2 country of the vendor's seat, for transfers (`US`, `DE`)." },
  },
} as const;

export const sinkFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'sinks'],
  properties: {
    kind: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: 'Default recipient kind of the sinks in this file.' },
    sinks: { type: 'array', items: sinkSchema },
  },
} as const;
