/** What the code scan reads and what it skips, with reasons. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/detect/index.js';
import type { Engine } from '../../../src/engine.js';
import type { FieldFinding } from '../../../src/finding.js';
import { loadSinkCatalogue } from '../../../src/flows/catalogue.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { repoRoot } from '../../helpers/cli.js';

const engine = { detector: createDetector(), sinks: loadSinkCatalogue([]) } as unknown as Engine;
const fixtures = join(repoRoot, 'fixtures', 'scan', 'code');

describe('code scan discovery', () => {
  it('skips dependencies, build output, gitignored, generated, minified, broken and policy-ignored files', async () => {
    const result = await scanCode(join(fixtures, 'discovery'), { engine, ignore: ['src/legacy-*.ts'] });
    const containers = (result.findings as FieldFinding[]).map((f) => f.container);
    expect(containers).toEqual(['Kept']);
    expect(result.skipped.map((s) => `${s.file} ${s.reason}${s.line ? `:${s.line}` : ''}`)).toEqual([
      'src/broken.ts parse-error:3',
      'src/generated/graphql.ts generated',
      'src/vendor-bundle.js minified',
    ]);
    expect(result.stats.files).toBe(1);
  });

  it('skips files over the size limit', async () => {
    const result = await scanCode(join(fixtures, 'discovery'), { engine, maxFileBytes: 10 });
    expect(result.skipped.filter((s) => s.reason === 'too-large').map((s) => s.file)).toContain('src/kept.ts');
  });
});

describe('code scan results', () => {
  it('maps ORM entities and Drizzle tables to their real table and column', async () => {
    const orm = (await scanCode(join(fixtures, 'orm-entities'), { engine })).findings as FieldFinding[];
    expect(orm.map((f) => `${f.container}.${f.field} -> ${f.storage?.table}.${f.storage?.column}`).sort()).toEqual([
      'ContactPerson.fullName -> contact_people.full_name',
      'ContactPerson.mailAddress -> contact_people.mail_address',
      'CustomerEntity.contactNumber -> customers.contactNumber',
      'CustomerEntity.email -> customers.e_mail',
      'CustomerEntity.firstName -> customers.first_name',
    ]);
    const drizzle = ((await scanCode(join(fixtures, 'schema-builders'), { engine })).findings as FieldFinding[]).filter((f) => f.container === 'users');
    expect(drizzle.map((f) => `${f.field} -> ${f.storage?.table}.${f.storage?.column}`)).toEqual(['email -> users.email_address', 'lastName -> users.last_name']);
  });

  it('names nested containers and carries annotations, suppressions and editor ranges', async () => {
    const nested = ((await scanCode(join(fixtures, 'interfaces-and-classes'), { engine })).findings as FieldFinding[]).find((f) => f.field === 'street');
    expect(nested?.container).toBe('Customer.billing');
    const annotated = (await scanCode(join(fixtures, 'annotations'), { engine })).findings as FieldFinding[];
    const byField = Object.fromEntries(annotated.map((f) => [f.field, f]));
    expect(byField.billingName?.purposes).toEqual(['accounting']);
    expect(byField.deliverTo?.evidence.ruleId).toBe('annotation');
    expect(byField.depotPhone?.suppressed).toEqual({ reason: "the courier company's depot, not a person" });
    expect(byField.email?.purposes).toEqual(['fraud-prevention']);
    expect(byField.email?.range?.[0]).toBeLessThan(byField.email!.range![1]);
  });

  it('is deterministic', async () => {
    const first = await scanCode(join(fixtures, 'schema-builders'), { engine });
    const second = await scanCode(join(fixtures, 'schema-builders'), { engine });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});
