/**
 * The plugin as a package: every rule has a doc page, a test file, `meta.docs.url` pointing at its doc, the
 * anatomy of a typescript-eslint rule, and an entry in exactly the configs its metadata claims.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint/index.js';
import { rules } from '../../src/eslint/rules/index.js';
import { repoRoot } from '../helpers/cli.js';

const ids = Object.keys(rules);
const ruleFiles = readdirSync(join(repoRoot, 'src', 'eslint', 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();

describe('privmap/eslint-plugin package', () => {
  it('registers every rule file, sorted', () => {
    expect(ids).toEqual(ruleFiles);
    expect(ids).toEqual([...ids].sort());
  });

  it('has a name, a version and four configs', () => {
    expect(plugin.meta.name).toBe('privmap/eslint-plugin');
    expect(plugin.meta.version).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    expect(Object.keys(plugin.configs).sort()).toEqual(['recommended', 'recommended-legacy', 'strict', 'strict-legacy']);
  });

  for (const id of ids) {
    describe(id, () => {
      const rule = rules[id as keyof typeof rules];
      const docs = rule.meta.docs as unknown as { description: string; url: string; configs: Record<string, unknown[]> };

      it('has a doc page that meta.docs.url points at', () => {
        expect(docs.url).toBe(`https://github.com/privmap/privmap/blob/main/docs/rules/${id}.md`);
        const page = join(repoRoot, 'docs', 'rules', `${id}.md`);
        expect(existsSync(page)).toBe(true);
        expect(readFileSync(page, 'utf8')).toMatch(new RegExp(`^# privmap/${id}\\n`));
      });

      it('has a test file', () => {
        expect(existsSync(join(repoRoot, 'test', 'eslint', 'rules', `${id}.test.ts`))).toBe(true);
      });

      it('describes itself as Enforce/Require/Disallow with a strict, described option schema', () => {
        expect(docs.description).toMatch(/^(Enforce|Require|Disallow) /);
        const schema = rule.meta.schema as { type: string; additionalProperties: boolean; properties: Record<string, { description?: string }> }[];
        expect(schema).toHaveLength(1);
        expect(schema[0]!.additionalProperties).toBe(false);
        for (const [name, property] of Object.entries(schema[0]!.properties)) expect(property.description, name).toBeTruthy();
        expect(rule.meta.defaultOptions).toHaveLength(1);
      });

      it('is in exactly the configs it claims, flat and legacy', () => {
        for (const config of ['recommended', 'strict'] as const) {
          const claimed = docs.configs[config];
          const flat = plugin.configs[config].rules?.[`privmap/${id}`];
          const legacy = plugin.configs[`${config}-legacy`].rules?.[`privmap/${id}`];
          if (!claimed) {
            expect(flat).toBeUndefined();
            expect(legacy).toBeUndefined();
          } else {
            const entry = claimed.length ? ['error', ...claimed] : 'error';
            expect(flat).toEqual(entry);
            expect(legacy).toEqual(entry);
          }
        }
      });
    });
  }

  it('recommended needs no type information; strict asks for it', () => {
    expect(plugin.configs.recommended.languageOptions).toBeUndefined();
    expect(plugin.configs.strict.languageOptions?.parserOptions).toEqual({ projectService: true });
    expect(plugin.configs['strict-legacy'].parserOptions).toEqual({ projectService: true });
  });
});
