/**
 * The JSON Schema of privacy.yml: the validator uses it, and `npm run generate` writes it to
 * `schema/privacy.schema.json` for editors (yaml-language-server completion and hover docs).
 */
import { BUILTIN_CATEGORY_DEFS } from './builtin-categories.js';
import { LEGAL_BASES } from './types.js';

const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'A kebab-case id.' };
const idList = (description: string) => ({ type: 'array', items: id, uniqueItems: true, description });
const stringList = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
const text = (description: string) => ({ type: 'string', minLength: 1, description });
const flag = (description: string) => ({ type: 'boolean', description });

/** A category entry: custom categories must say what they are; built-in ones only override. */
function categoryProperties(isCustom: boolean) {
  return {
    type: 'object',
    additionalProperties: false,
    ...(isCustom ? { required: ['title', 'fides'] } : {}),
    properties: {
      title: text('Human-readable name of the category.'),
      description: text('What the category covers.'),
      fides: { type: 'string', pattern: '^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$', description: 'fideslang data category key, e.g. user.demographic.date_of_birth (used by `privmap export --format fides`).' },
      severity: { enum: ['error', 'warning'], description: 'Whether an undeclared finding of this category fails `privmap check` (error, the default) or only warns.' },
      detect: {
        type: 'array',
        items: { type: 'object' },
        description: 'Detection rules for this category, same schema as the entries of rules/*.yml (id, confidence, terms or words); the category is implied.',
      },
    },
  };
}

export const policySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/privmap/privmap/schema/privacy.schema.json',
  title: 'privmap privacy policy (privacy.yml)',
  description: 'A machine-readable privacy policy: who is responsible, which personal data is processed for which purposes on which legal basis, and who receives it.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'controller', 'purposes'],
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema this file follows.' },
    version: { const: 1, description: 'Format version of this file. Always 1.' },
    controller: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'contact'],
      description: 'The controller responsible for the processing (GDPR Art. 30(1)(a)).',
      properties: {
        name: text('Legal name of the controller, e.g. "SMARTi AS".'),
        website: text('Website the privacy policy applies to.'),
        contact: { ...stringList('Where data subjects exercise their rights: email addresses or postal addresses.'), minItems: 1 },
        dpo: text('Data protection officer, if one is appointed (name and contact).'),
        supervisoryAuthority: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          description: 'The supervisory authority data subjects may complain to.',
          properties: { name: text('Name, e.g. "Datatilsynet".'), url: text('Website.'), country: text('ISO country code, e.g. NO.') },
        },
      },
    },
    categories: {
      type: 'object',
      description: 'Data categories. name, address, phone and email are built in and always present; list one of them here only to change its title, description or severity. Add your own (e.g. date-of-birth) with a title and a fideslang key.',
      propertyNames: id,
      // The built-ins are listed so that overriding one needs no title or fides; a custom category needs both.
      properties: Object.fromEntries(
        Object.values(BUILTIN_CATEGORY_DEFS).map((def) => [def.id, { ...categoryProperties(false), description: `Built-in category ${def.id} (${def.fides}); set only what you want to change.` }]),
      ),
      additionalProperties: { ...categoryProperties(true), description: 'A custom data category.' },
    },
    subjects: {
      type: 'object',
      description: 'Categories of data subjects (customers, employees, ...).',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['title'],
        properties: {
          title: text('Human-readable name.'),
          description: text('Who they are.'),
          table: {
            type: 'string',
            pattern: '^[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)?$',
            description: 'The database table with one row per person of this kind, e.g. public.customers; `privmap dsar` follows foreign keys back to it to find one person\'s rows.',
          },
        },
      },
    },
    purposes: {
      type: 'object',
      description: 'Purposes of processing, keyed by id (GDPR Art. 30(1)(b)).',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'categories'],
        properties: {
          title: text('Short title of the purpose.'),
          description: text('What is done and why, in plain words.'),
          legalBasis: { enum: Object.keys(LEGAL_BASES), description: 'GDPR Art. 6(1) legal basis: consent (a), contract (b), legal-obligation (c), vital-interests (d), public-task (e), legitimate-interests (f).' },
          categories: idList('Data categories this purpose may use.'),
          subjects: idList('Data subjects concerned.'),
          retention: text('How long the data is kept for this purpose (Art. 30(1)(f)).'),
          lia: text('Reference to the legitimate interests assessment (balancing test); expected for legitimate-interests.'),
          consent: {
            type: 'object',
            additionalProperties: false,
            required: ['mechanism'],
            description: 'How consent is collected and withdrawn; required for consent.',
            properties: { mechanism: text('How consent is asked for and recorded.'), withdrawal: text('How consent is withdrawn.') },
          },
          optOut: text('How a data subject opts out (direct marketing).'),
          directMarketing: flag('This purpose is direct marketing (absolute right to object).'),
          profiling: flag('This purpose involves profiling.'),
          erasureExempt: flag('Data kept for this purpose is not erased on request (e.g. accounting records under a legal obligation).'),
          security: text('Technical and organisational security measures (Art. 30(1)(g)).'),
        },
      },
    },
    recipients: {
      type: 'object',
      description: 'Who receives personal data: third parties and internal sinks such as logs (Art. 30(1)(d)).',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'purposes'],
        properties: {
          title: text('Name of the recipient.'),
          description: text('What they do with the data.'),
          kind: { enum: ['internal', 'processor', 'controller'], description: 'internal (e.g. logs), processor (acts on our behalf) or controller (its own purposes).' },
          purposes: idList('Purposes for which the recipient receives data.'),
          categories: idList('Data categories the recipient may receive.'),
          packages: stringList('npm packages that identify this recipient in code, e.g. @sendgrid/mail.'),
          hosts: stringList('Hosts that identify this recipient in HTTP calls; *.example.com covers subdomains.'),
          sinks: stringList('Sink catalogue ids that count as this recipient, e.g. console, pino.'),
          transfer: {
            type: 'object',
            additionalProperties: false,
            required: ['country', 'safeguard'],
            description: 'Transfer outside the EEA (Art. 30(1)(e)).',
            properties: { country: text('Destination country.'), safeguard: text('Safeguard, e.g. Standard Contractual Clauses.') },
          },
        },
      },
    },
    processing: {
      type: 'array',
      description: 'Declarations tying code and data to purposes without touching the code.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['purposes'],
        properties: {
          purposes: { ...idList('Purposes that cover what matches.'), minItems: 1 },
          paths: stringList('Path globs relative to this file, e.g. src/billing/**.'),
          symbols: stringList('Symbols: Customer.email, Customer.* (nested too), *.email.'),
          tables: stringList('Tables and columns: public.invoices.*, customers.email.'),
        },
      },
    },
    detection: {
      type: 'object',
      additionalProperties: false,
      description: 'Tuning of the detector.',
      properties: {
        defaultRegion: { type: 'string', pattern: '^[A-Z]{2}$', description: 'Default country for phone numbers without a country code, e.g. NO.' },
        rules: { type: 'array', items: { type: 'object' }, description: 'Extra detection rules, same schema as rules/*.yml (same id replaces a built-in).' },
        sinks: { type: 'array', items: { type: 'object' }, description: 'Extra sinks, same schema as rules/sinks/*.yml.' },
      },
    },
    ignore: stringList('Globs the code scanner skips (in addition to .gitignore).'),
    sql: stringList('Extra SQL migration globs.'),
    database: {
      type: 'object',
      additionalProperties: false,
      description: 'The live database. Name the environment variable that holds the URL; never put a password here.',
      properties: {
        urlEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Environment variable holding the connection URL, e.g. DATABASE_URL.' },
        schemas: {
          type: 'object',
          additionalProperties: false,
          description: 'Which schemas to scan.',
          properties: { include: stringList('Schemas to scan (default: all non-system).'), exclude: stringList('Schemas to skip.') },
        },
      },
    },
  },
} as const;
