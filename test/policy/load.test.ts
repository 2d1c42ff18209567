/** Loading privacy.yml: good files load with defaults, broken ones name file:line:col and the fix. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors.js';
import { lintPolicy, loadPolicy, parsePolicy } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

const fixtures = join(repoRoot, 'fixtures', 'policy');
const broken = (name: string) => join(fixtures, 'broken', name);

/** `line:col message` for every problem, or a failure when the file loads. */
function problems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof PolicyError) return error.problems.map((p) => `${p.line}:${p.col} ${p.message}`);
    throw error;
  }
  throw new Error('the policy loaded without errors');
}

describe('loadPolicy on good policies', () => {
  for (const name of readdirSync(join(fixtures, 'good')).sort()) {
    it(`loads ${name} with the built-in categories and lints without errors`, () => {
      const policy = loadPolicy(join(fixtures, 'good', name));
      expect(Object.keys(policy.categories)).toEqual(expect.arrayContaining(['address', 'email', 'name', 'phone']));
      expect(lintPolicy(policy).filter((m) => m.severity === 'error')).toEqual([]);
    });
  }

  it('loads the neutral init template: an example controller and purpose, nobody\'s real policy, no lint at all', () => {
    // The template is neutral (issue 13); the seed policy lives on in fixtures/sample-app/privacy.yml.
    const text = readFileSync(join(repoRoot, 'templates', 'privacy.yml'), 'utf8');
    expect(text).not.toMatch(/SMARTi|smarti\.dev|Datatilsynet/);
    const policy = loadPolicy(join(repoRoot, 'templates', 'privacy.yml'));
    expect(policy.controller).toMatchObject({ name: 'Your Organisation', contact: ['privacy@example.com'] });
    expect(Object.fromEntries(Object.values(policy.purposes).map((p) => [p.id, p.legalBasis]))).toEqual({ 'service-provision': 'contract' });
    expect(Object.keys(policy.subjects)).toEqual(['customers']);
    expect(policy.processing).toEqual([]);
    expect(lintPolicy(policy)).toEqual([]);
  });

  it('loads the template with its commented custom category example filled in', () => {
    const template = readFileSync(join(repoRoot, 'templates', 'privacy.yml'), 'utf8');
    const example = /^#   date-of-birth:\n(?:#     .*\n)+/m.exec(template)?.[0];
    expect(example).toBeDefined();
    const filledIn = template.replace('categories: {}\n', `categories:\n${example!.replace(/^# /gm, '')}`);
    const policy = parsePolicy(filledIn.replace('categories: [name, address, phone, email]', 'categories: [name, address, phone, email, date-of-birth]'), '/project/privacy.yml');
    expect(policy.categories['date-of-birth']).toMatchObject({ builtin: false, fides: 'user.demographic.date_of_birth' });
    expect(policy.detection.rules).toEqual([expect.objectContaining({ id: 'date-of-birth.policy-1', category: 'date-of-birth' })]);
    expect(lintPolicy(policy)).toEqual([]);
  });

  it('fills defaults: built-in categories, empty lists, false flags, processor recipients, positions', () => {
    const policy = loadPolicy(join(fixtures, 'good', 'minimal.yml'));
    expect(policy.version).toBe(1);
    expect(policy.root).toBe(join(fixtures, 'good'));
    expect(policy.categories.phone).toMatchObject({ fides: 'user.contact.phone_number', severity: 'error', builtin: true });
    expect(policy.categories.phone?.position).toBeUndefined();
    expect(policy.purposes['service-provision']).toMatchObject({
      subjects: [],
      directMarketing: false,
      profiling: false,
      erasureExempt: false,
      position: { file: join(fixtures, 'good', 'minimal.yml'), line: 7, col: 3 },
    });
    expect(policy).toMatchObject({ recipients: {}, processing: [], ignore: [], sql: [], detection: { rules: [], sinks: [] } });
    expect(policy.database).toBeUndefined();
  });

  it('adds custom categories next to the built-ins, and passes their detection rules to the detector', () => {
    const policy = loadPolicy(join(fixtures, 'good', 'custom-category.yml'));
    expect(policy.categories['date-of-birth']).toMatchObject({ fides: 'user.demographic.date_of_birth', builtin: false, severity: 'warning' });
    expect(policy.categories.name).toMatchObject({ fides: 'user.name', builtin: true, title: 'Name' });
    expect(policy.categories.phone).toMatchObject({ title: 'Telephone number', severity: 'warning', builtin: true, fides: 'user.contact.phone_number' });
    expect(policy.detection.rules).toEqual([
      { id: 'date-of-birth.policy-1', category: 'date-of-birth', confidence: 0.9, terms: ['date of birth', 'birth date', 'dob', 'fodselsdato', 'geburtsdatum'] },
      { id: 'membership-number.words', category: 'membership-number', confidence: 0.8, words: [['membership', 'number'], ['medlemsnummer']] },
    ]);
    expect(policy.detection.defaultRegion).toBe('NO');
  });
});

describe('loadPolicy on broken policies', () => {
  it('reports a YAML syntax error at the position the parser gives', () => {
    expect(problems(() => loadPolicy(broken('yaml-syntax.yml')))).toEqual([
      '7:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('lists the legal bases and suggests the nearest for a typo', () => {
    expect(problems(() => loadPolicy(broken('legal-basis-typo.yml')))).toEqual([
      '10:17 `purposes.billing.legalBasis`: expected one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests; got string `contarct` — did you mean `contract`?',
    ]);
  });

  it('names an unknown category at its exact position, with a suggestion or the known ids', () => {
    expect(problems(() => loadPolicy(broken('unknown-category.yml')))).toEqual([
      '11:33 unknown category `emial` — did you mean `email`?',
      '11:40 unknown category `shoe-size`; expected one of address, email, name, phone',
    ]);
  });

  it('names misspelt purposes in a recipient and in a processing declaration', () => {
    expect(problems(() => loadPolicy(broken('recipient-purpose-typo.yml')))).toEqual([
      '22:16 unknown purpose `biling` — did you mean `billing`?',
      '25:16 unknown purpose `marketting` — did you mean `marketing`?',
    ]);
  });

  it('points at unknown keys and wrong types, saying what was expected', () => {
    expect(problems(() => loadPolicy(broken('wrong-types.yml')))).toEqual([
      '6:3 unknown key `contacts` in `controller`; expected one of name, website, contact, dpo, supervisoryAuthority — did you mean `contact`?',
      '11:17 `purposes.billing.categories`: expected a list; got string `email`',
      '12:20 `purposes.billing.erasureExempt`: expected a boolean; got string `yes`',
    ]);
  });

  it('requires a title and a fideslang key for custom categories, and kebab-case ids', () => {
    expect(problems(() => loadPolicy(broken('custom-category-incomplete.yml')))).toEqual([
      '8:3 `categories.date-of-birth` is missing the required keys `title` and `fides`; a custom category needs a title and a fideslang key (fides), e.g. user.demographic.date_of_birth',
      '10:3 `shoeSize` is not a valid id (lower-case letters, digits and hyphens) — write `shoe-size`',
    ]);
  });

  it('refuses credentials in the policy without ever repeating them', () => {
    const found = problems(() => loadPolicy(broken('password-in-database.yml')));
    expect(found).toEqual([
      '10:3 `database.password` is not allowed: never put credentials in the policy; name the environment variable that holds the URL instead (database.urlEnv)',
      '11:11 this value is a URL with a password in it: never put credentials in the policy; name the environment variable that holds the URL instead (database.urlEnv)',
    ]);
    expect(found.join('\n')).not.toContain('s3cret');
  });

  it('refuses a URL with credentials anywhere, and a secret-named key outside database', () => {
    const text = `version: 1
controller: { name: Acme AS, contact: [privacy@example.com] }
purposes:
  billing: { title: Billing, legalBasis: contract, categories: [email], description: 'see https://admin:hunter2@wiki.example.com/billing' }
recipients:
  crm: { title: CRM, purposes: [billing], apiKey: abc123 }
`;
    const found = problems(() => parsePolicy(text, '/project/privacy.yml'));
    expect(found).toEqual([
      expect.stringMatching(/^4:86 this value is a URL with a password in it: never put credentials/),
      expect.stringMatching(/^6:43 `recipients\.crm\.apiKey` is not allowed: never put credentials/),
    ]);
    expect(found.join('\n')).not.toMatch(/hunter2|abc123/);
  });

  it('tells where a connection URL belongs, and suggests a misspelt top-level key', () => {
    const text = `version: 1
controller: { name: Acme AS, contact: [privacy@example.com] }
purpose:
  billing: { title: Billing, legalBasis: contract, categories: [email] }
database:
  url: postgres://db.example.com/shop
`;
    expect(problems(() => parsePolicy(text, '/project/privacy.yml'))).toEqual([
      '3:1 unknown key `purpose` in the policy; expected one of version, controller, categories, subjects, purposes, recipients, processing, detection, ignore, sql, database — did you mean `purposes`?',
      '6:3 `database.url` is not allowed: never put credentials in the policy; name the environment variable that holds the URL instead (database.urlEnv)',
    ]);
  });

  it('collects every problem in the file before throwing, sorted by position', () => {
    const text = `version: 2
controller: { name: Acme AS }
purposes:
  Billing: { title: Billing, legalBasis: contracts, categories: [email] }
`;
    expect(problems(() => parsePolicy(text, '/project/privacy.yml'))).toEqual([
      '1:10 `version`: expected 1; got number `2`',
      '2:1 `controller` is missing the required key `contact`',
      '4:3 `Billing` is not a valid id (lower-case letters, digits and hyphens) — write `billing`',
      '4:42 `purposes.Billing.legalBasis`: expected one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests; got string `contracts` — did you mean `contract`?',
    ]);
  });

  it('names the file in the error message, one problem per line', () => {
    expect(() => parsePolicy('version: 2\n', '/somewhere/privacy.yml')).toThrow(/^\/somewhere\/privacy\.yml:1:1: the policy is missing the required keys `controller` and `purposes`\n\/somewhere\/privacy\.yml:1:10: `version`: expected 1/);
  });

  it('refuses an empty file, a list, and a duplicate key', () => {
    expect(problems(() => parsePolicy('', '/p/privacy.yml'))).toEqual([expect.stringMatching(/^1:1 expected a mapping with version, controller and purposes/)]);
    expect(problems(() => parsePolicy('- a\n- b\n', '/p/privacy.yml'))).toEqual([expect.stringMatching(/^1:1 expected a mapping/)]);
    expect(problems(() => parsePolicy('version: 1\nversion: 1\n', '/p/privacy.yml'))).toEqual([expect.stringMatching(/^2:1 YAML syntax error: Map keys must be unique/)]);
  });

  it('reports a missing file as a PolicyError naming it', () => {
    expect(problems(() => loadPolicy(join(fixtures, 'does-not-exist.yml')))).toEqual(['1:1 the policy file does not exist']);
  });
});
