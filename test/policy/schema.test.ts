/**
 * The committed JSON Schema and the loader agree: editors (yaml-language-server) and CI judge a policy the same
 * way. Each broken fixture says on its second line what kind of broken it is: `syntax` (not YAML), `structure`
 * (the schema rejects it) or `references` (well-formed, but names ids that do not exist: only the loader knows).
 */
import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors.js';
import { loadPolicy, policySchema } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

const committed = JSON.parse(readFileSync(join(repoRoot, 'schema', 'privacy.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
const fixtures = join(repoRoot, 'fixtures', 'policy');
const yamlIn = (folder: string) => readdirSync(join(fixtures, folder)).filter((f) => f.endsWith('.yml')).sort().map((f) => join(fixtures, folder, f));

function kindOf(file: string): string {
  const kind = /^# broken: (syntax|structure|references) — /m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!kind) throw new Error(`${file} must say "# broken: syntax|structure|references — why" on its second line`);
  return kind;
}

describe('schema/privacy.schema.json', () => {
  it('is the schema the loader validates with', () => {
    const { $comment, ...rest } = committed;
    expect($comment).toMatch(/npm run generate/);
    expect(rest).toEqual(JSON.parse(JSON.stringify(policySchema)));
  });

  it('accepts every good and lint fixture, the template and the sample app policy', () => {
    const files = [...yamlIn('good'), ...yamlIn('lint'), join(repoRoot, 'templates', 'privacy.yml'), join(repoRoot, 'fixtures', 'sample-app', 'privacy.yml')];
    for (const file of files) expect(validate(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('rejects every structurally broken fixture, and the loader rejects every broken fixture', () => {
    const kinds = yamlIn('broken').map((file) => [file, kindOf(file)] as const);
    expect(kinds.filter(([, kind]) => kind === 'structure').length).toBeGreaterThanOrEqual(4);
    for (const [file, kind] of kinds) {
      expect(() => loadPolicy(file), file).toThrow(PolicyError);
      if (kind === 'structure') expect(validate(parse(readFileSync(file, 'utf8'))), `${file} passes the schema`).toBe(false);
      // References are beyond a JSON Schema: the file is well-formed, and only the loader catches it.
      if (kind === 'references') expect(validate(parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('starts every fixture and the template with the yaml-language-server schema comment', () => {
    for (const file of [...yamlIn('good'), ...yamlIn('broken'), ...yamlIn('lint')]) {
      expect(readFileSync(file, 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../../../schema/privacy.schema.json');
    }
    expect(readFileSync(join(repoRoot, 'templates', 'privacy.yml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=node_modules/privmap/schema/privacy.schema.json');
  });

  it('documents every property for hover help, and closes every object that has known keys', () => {
    const undocumented: string[] = [];
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as { properties?: Record<string, unknown>; additionalProperties?: unknown; items?: unknown; type?: string };
      const properties = schema.properties ?? {};
      if (schema.type === 'object' && Object.keys(properties).length && schema.additionalProperties === undefined) open.push(path || '(root)');
      for (const [key, value] of Object.entries(properties)) {
        if (!(value as { description?: string }).description) undocumented.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      walk(schema.additionalProperties, `${path}.*`);
      walk(schema.items, `${path}[]`);
    };
    walk(committed, '');
    expect(undocumented).toEqual([]);
    expect(open).toEqual([]);
  });
});
