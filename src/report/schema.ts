/**
 * JSON Schema of `privmap report --format json` (formatVersion 1), for tools that consume it and for
 * `--compare`. Written out as schema/report.schema.json by `npm run generate`; a test validates real output
 * against it. formatVersion changes only when a field changes meaning or disappears; new optional fields may
 * appear within a version, so consumers should ignore what they do not know.
 */
const text = (description: string) => ({ type: 'string', description });
const int = (description: string) => ({ type: 'integer', minimum: 0, description });
const ids = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
const object = (description: string, properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  description,
  additionalProperties: false,
  required,
  properties,
});

const STATUS = { enum: ['declared', 'undeclared', 'suppressed'], description: 'declared: a purpose covers it; undeclared: processing no purpose allows; suppressed: reviewed as not personal data.' };
const SOURCE = { enum: ['code', 'sql', 'prisma', 'postgres'], description: 'code: TypeScript/JavaScript; sql: migrations; prisma: schema.prisma; postgres: a live database.' };
const LEGAL_BASIS = { enum: ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'], description: 'GDPR Art. 6(1) legal basis.' };

const counts = object('How many elements have each status.', {
  total: int('All elements.'),
  declared: int('Covered by a purpose.'),
  undeclared: int('Processing no purpose allows.'),
  suppressed: int('Reviewed as not personal data.'),
  percent: int('Share of elements that are not undeclared, rounded down (100 when there are none).'),
});

const transfer = object('Where a recipient is and what safeguard covers a transfer (Art. 30(1)(e), Art. 46).', {
  country: text('Country of the recipient, as privacy.yml writes it (ISO 3166-1 alpha-2 recommended).'),
  safeguard: text('Adequacy decision, Standard Contractual Clauses, ...'),
  outsideEea: { type: 'boolean', description: 'True when the country is not an EEA member: a transfer under GDPR Chapter V.' },
});

const right = object('Whether a data-subject right applies to the purpose, and why.', {
  applies: { enum: ['yes', 'no', 'limited'], description: 'limited: the right exists but the policy keeps some data (an erasure exemption).' },
  why: text('A few words with the article that decides it.'),
});

const change = object(
  'An element named by --compare.',
  {
    id: text('Element id.'),
    kind: { enum: ['field', 'flow'] },
    category: text('Data category id.'),
    container: text('Type, table or enclosing function.'),
    field: text('Field, column or sink callee.'),
    status: STATUS,
    previousStatus: { ...STATUS, description: 'For a status change: the status in the previous report.' },
  },
  ['id', 'kind', 'category', 'container', 'field', 'status'],
);

export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/privmap/privmap/schema/report.schema.json',
  ...object(
    'The report.',
    {
      formatVersion: { const: 1, description: 'Changes only when a field changes meaning or disappears.' },
      tool: object('The tool that wrote the report.', { name: { const: 'privmap' }, version: text('privmap version.') }),
      generatedAt: text('Only when asked for (--generated-at), so reports stay reproducible.'),
      controller: object(
        'The controller (Art. 30(1)(a)).',
        {
          name: text('Legal name.'),
          website: text('Website.'),
          contact: ids('Contact addresses.'),
          dpo: text('Data protection officer, when one is designated.'),
          supervisoryAuthority: object('The lead supervisory authority.', { name: text('Name.'), url: text('Website.'), country: text('Country.') }, ['name']),
        },
        ['name', 'contact'],
      ),
      summary: object('Counts over all elements, and how much was scanned.', { ...counts.properties, files: int('Files scanned.'), lines: int('Lines scanned.') }),
      categories: {
        type: 'array',
        description: 'Data categories of the policy (built-in and custom), sorted by id.',
        items: object(
          'A data category.',
          { id: text('Category id (`email`).'), title: text('Title.'), description: text('Description.'), fides: text('fideslang data category key (`user.contact.email`).'), builtin: { type: 'boolean', description: 'One of the four built-in categories.' } },
          ['id', 'title', 'fides', 'builtin'],
        ),
      },
      purposes: {
        type: 'array',
        description: 'One entry per purpose of processing (Art. 30(1)(b)), in the order of privacy.yml.',
        items: object(
          'A purpose.',
          {
            id: text('Purpose id.'),
            title: text('Title.'),
            description: text('Description.'),
            legalBasis: LEGAL_BASIS,
            legalBasisTitle: text('The legal basis in words (`Legitimate interests`).'),
            article: { type: 'string', pattern: '^6\\(1\\)\\([a-f]\\)$', description: 'The paragraph of Art. 6(1): `6(1)(f)`.' },
            categories: ids('Data category ids the purpose may use, sorted.'),
            subjects: { type: 'array', description: 'Categories of data subjects.', items: object('A data subject category.', { id: text('Id.'), title: text('Title.') }) },
            recipients: {
              type: 'array',
              description: 'Declared recipients serving this purpose.',
              items: object('A recipient.', { id: text('Id.'), title: text('Title.'), kind: { enum: ['internal', 'processor', 'controller'] }, transfer }, ['id', 'title', 'kind']),
            },
            retention: text('How long data is kept (Art. 30(1)(f)).'),
            security: text('Technical and organisational measures (Art. 30(1)(g)).'),
            lia: text('Reference to the legitimate interests assessment.'),
            consent: object('How consent is collected and withdrawn.', { mechanism: text('How consent is given.'), withdrawal: text('How it is withdrawn.') }, ['mechanism']),
            optOut: text('How a data subject opts out (direct marketing).'),
            directMarketing: { type: 'boolean', description: 'Direct marketing: the right to object is absolute.' },
            profiling: { type: 'boolean', description: 'The purpose profiles people.' },
            erasureExempt: { type: 'boolean', description: 'Data kept for this purpose is not erased on request.' },
            rights: object('Data-subject rights derived from the legal basis.', {
              access: right,
              rectification: right,
              erasure: right,
              restriction: right,
              objection: right,
              portability: right,
              'withdraw-consent': right,
            }),
            elements: { ...counts, description: 'Inventory elements that name this purpose, by status.' },
          },
          ['id', 'title', 'categories', 'subjects', 'recipients', 'directMarketing', 'profiling', 'erasureExempt', 'rights', 'elements'],
        ),
      },
      recipients: {
        type: 'array',
        description: 'Declared recipients in the order of privacy.yml, then recipients the code reaches without a declaration, sorted by id.',
        items: object(
          'A recipient (Art. 30(1)(d)).',
          {
            id: text('Recipient id.'),
            title: text('Title (the id for an undeclared recipient).'),
            description: text('Description.'),
            kind: text('internal, processor or controller; for an undeclared recipient the sink kind (analytics, http, ...).'),
            isDeclared: { type: 'boolean', description: 'False when privacy.yml does not declare it.' },
            purposes: ids('Purposes it serves.'),
            categories: ids('Categories it may receive (declared) or receives (undeclared), sorted.'),
            transfer,
            elements: ids('Ids of the elements that reach it, sorted.'),
          },
          ['id', 'title', 'kind', 'isDeclared', 'purposes', 'categories', 'elements'],
        ),
      },
      elements: {
        type: 'array',
        description: 'Every data element with all its locations, in inventory order (sorted). Ids are stable across line moves.',
        items: object(
          'A data element: a field, column or data flow holding one category.',
          {
            id: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'Hash of source kind, file or table, container, field and category; never the line.' },
            kind: { enum: ['field', 'flow'], description: 'field: stored in a field or column; flow: sent to a sink (logger, analytics, HTTP).' },
            category: text('Data category id.'),
            container: text('Type, model, table (`public.customers`) or, for a flow, the enclosing function.'),
            field: text('Field or column; for a flow, the sink callee (`logger.info`).'),
            status: STATUS,
            reasons: {
              type: 'array',
              description: 'Why an element is undeclared: codes with their arguments, and the same in words.',
              items: object('A reason.', {
                code: { enum: ['no-purpose', 'unknown-purpose', 'category-not-allowed', 'recipient-undeclared', 'recipient-not-allowed', 'purpose-conflict'] },
                args: { type: 'object', description: 'purpose, suggestion, category, recipient or purposes, as the code needs.', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
                text: text('The reason in words.'),
              }),
            },
            fix: text('For an undeclared element: what would make it declared.'),
            suppressedReason: text('For a suppressed element: the reviewer\'s reason.'),
            purposes: ids('Purposes named for it (annotations, processing declarations), sorted.'),
            recipients: ids('Recipients it flows to, sorted.'),
            sources: { type: 'array', items: SOURCE, description: 'Sources that saw it, sorted.' },
            locations: {
              type: 'array',
              description: 'Every place it was seen, sorted by source, file, line, table, column.',
              items: object(
                'A location.',
                {
                  source: SOURCE,
                  text: text('The location for people: `src/a.ts:12`, `prisma/schema.prisma:8 (public.customers.email)`, `live public.customers.email`.'),
                  file: text('POSIX path relative to the scan root.'),
                  line: { type: 'integer', minimum: 1, description: '1-based line.' },
                  col: { type: 'integer', minimum: 1, description: '1-based column.' },
                  table: text('Schema-qualified table for database sources.'),
                  column: text('Column for database sources.'),
                },
                ['source', 'text'],
              ),
            },
            evidence: ids('One line per piece of evidence: rule id, confidence and notes. Never a sampled value.'),
            confidence: { type: 'number', minimum: 0, maximum: 1, description: 'Highest confidence of the evidence.' },
            organisation: { type: 'boolean', description: 'The container looks like an organisation rather than a person.' },
            sink: object('For a flow: the sink catalogue entry.', { id: text('Sink id.'), kind: text('logs, analytics, email, crm, monitoring, ai, file, http.'), package: text('npm package.'), host: text('Host of an HTTP call.') }, ['id', 'kind']),
          },
          ['id', 'kind', 'category', 'container', 'field', 'status', 'reasons', 'purposes', 'recipients', 'sources', 'locations', 'evidence', 'confidence', 'organisation'],
        ),
      },
      coverage: object('Counts by source and by category, keys sorted.', {
        bySource: { type: 'object', description: 'Keyed by source kind.', additionalProperties: counts },
        byCategory: { type: 'object', description: 'Keyed by category id.', additionalProperties: counts },
      }),
      drift: {
        type: 'array',
        description: 'Columns where schema files and the live database disagree, sorted.',
        items: object('A drift.', { kind: { enum: ['undocumented-column', 'missing-column'], description: 'undocumented: only in the live database; missing: only in schema files.' }, table: text('Table.'), column: text('Column.') }),
      },
      skipped: {
        type: 'array',
        description: 'Inputs that could not be read, sorted by file.',
        items: object('A skipped input.', { file: text('File.'), reason: text('parse-error, too-large, minified, sql-error, ...'), line: { type: 'integer', minimum: 1 }, detail: text('One line; never a sampled value or a password.') }, ['file', 'reason']),
      },
      lint: {
        type: 'array',
        description: 'Policy review messages (privacy.yml lint), sorted.',
        items: object('A lint message.', { code: text('Rule id.'), severity: { enum: ['error', 'warning'] }, message: text('In words.') }),
      },
      warnings: ids('Problems that did not stop the scan, sorted.'),
      compare: object(
        'With --compare: what changed since the previous report.',
        {
          previousGeneratedAt: text('generatedAt of the previous report, when it had one.'),
          appeared: { type: 'array', items: change, description: 'Elements not in the previous report.' },
          disappeared: { type: 'array', items: change, description: 'Elements of the previous report that are gone.' },
          changed: { type: 'array', items: change, description: 'Elements whose status changed.' },
        },
        ['appeared', 'disappeared', 'changed'],
      ),
      organisation: object('Only in an organisation\'s record (`privmap report --store`): its systems and the columns several of them hold.', {
        systems: {
          type: 'array',
          description: 'One entry per repository or database in the store, sorted by id.',
          items: object(
            'A system and its newest scan.',
            { id: text('Repository name as pushed.'), commit: text('Commit of the scan.'), branch: text('Branch of the scan.'), scannedAt: text('ISO time of the scan.'), elements: counts },
            ['id', 'commit', 'scannedAt', 'elements'],
          ),
        },
        sharedColumns: {
          type: 'array',
          description: 'Table columns holding personal data in more than one system, sorted by table and column.',
          items: object('A column and the systems that hold it.', {
            table: text('Schema-qualified table, lower case.'),
            column: text('Column, lower case.'),
            categories: ids('Data categories found in it.'),
            systems: {
              type: 'array',
              description: 'Systems holding the column, sorted.',
              items: object('One system\'s elements for the column.', { system: text('System id.'), elements: ids('Element ids in this record.'), statuses: { type: 'array', items: STATUS, description: 'Their statuses.' } }),
            },
          }),
        },
      }),
    },
    ['formatVersion', 'tool', 'controller', 'summary', 'categories', 'purposes', 'recipients', 'elements', 'coverage', 'drift', 'skipped', 'lint', 'warnings'],
  ),
  title: 'privmap record of processing activities (JSON report, formatVersion 1)',
  description:
    'The processing inventory joined with the privacy policy, as written by `privmap report --format json` and read by `privmap report --compare`. Purposes and recipients keep the order of privacy.yml; every other list is sorted; no timestamp unless --generated-at is given.',
} as const;
