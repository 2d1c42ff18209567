/** The committed JSON Schema and the loader agree: editors and CI judge a policy the same way. */
import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'privacy.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const fixtures = join(repoRoot, 'fixtures', 'policy');

describe('schema/privacy.schema.json', () => {
  it('accepts every good policy, the template and the sample app policy', () => {
    const files = [...readdirSync(join(fixtures, 'good')).map((f) => join(fixtures, 'good', f)), join(repoRoot, 'templates', 'privacy.yml'), join(repoRoot, 'fixtures', 'sample-app', 'privacy.yml')];
    for (const file of files) expect(validate(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('rejects every structurally broken policy that the loader rejects', () => {
    for (const name of ['legal-basis-typo.yml', 'wrong-types.yml', 'password-in-database.yml']) {
      const file = join(fixtures, 'broken', name);
      expect(validate(parse(readFileSync(file, 'utf8'))), name).toBe(false);
      expect(() => loadPolicy(file), name).toThrow(PolicyError);
    }
  });

  it('documents every property for hover help', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, unknown> }).properties ?? {};
      for (const [key, value] of Object.entries(properties)) {
        if (key !== '$schema' && !(value as { description?: string }).description) undocumented.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      walk((node as { additionalProperties?: unknown }).additionalProperties, `${path}.*`);
      walk((node as { items?: unknown }).items, `${path}[]`);
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
  });
});
