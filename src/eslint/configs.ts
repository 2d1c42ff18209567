/**
 * The plugin's configs, generated from each rule's `meta.docs.configs`, never listed by hand: flat
 * `recommended` / `strict` for ESLint 9 and 10, and `recommended-legacy` / `strict-legacy` for `.eslintrc`
 * (ESLint 8.57). `strict` turns type-aware flows on, so it asks the parser for type information.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { ConfigName } from './create-rule.js';
import { rules } from './rules/index.js';

type RuleEntry = ['error', ...unknown[]] | 'error';

export function rulesFor(config: ConfigName): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {};
  for (const [id, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const options = (rule.meta.docs as { configs: Partial<Record<ConfigName, unknown[]>> }).configs[config];
    if (options) entries[`privmap/${id}`] = options.length ? ['error', ...options] : 'error';
  }
  return entries;
}

/** Parser options for `strict`: typescript-eslint's project service finds each file's tsconfig. */
const TYPE_AWARE_PARSER_OPTIONS = { projectService: true } as const;

export function flatConfigs(plugin: TSESLint.FlatConfig.Plugin): Record<'recommended' | 'strict', TSESLint.FlatConfig.Config> {
  return {
    recommended: { name: 'privmap/recommended', plugins: { privmap: plugin }, rules: rulesFor('recommended') as TSESLint.FlatConfig.Rules },
    strict: {
      name: 'privmap/strict',
      plugins: { privmap: plugin },
      languageOptions: { parserOptions: TYPE_AWARE_PARSER_OPTIONS },
      rules: rulesFor('strict') as TSESLint.FlatConfig.Rules,
    },
  };
}

/**
 * ESLint 8 lints only `*.js` of a directory (`eslint .`) unless an `overrides` entry names other files, so
 * the legacy configs name TypeScript's extensions, as typescript-eslint's own legacy configs do: without it
 * `npx eslint .` finds no file in a TypeScript project.
 */
const LEGACY_TYPESCRIPT_FILES = { files: ['*.ts', '*.tsx', '*.mts', '*.cts'] };

export function legacyConfigs(): Record<'recommended-legacy' | 'strict-legacy', TSESLint.ClassicConfig.Config> {
  return {
    'recommended-legacy': { plugins: ['privmap'], overrides: [LEGACY_TYPESCRIPT_FILES], rules: rulesFor('recommended') as TSESLint.ClassicConfig.RulesRecord },
    'strict-legacy': {
      plugins: ['privmap'],
      parserOptions: { ...TYPE_AWARE_PARSER_OPTIONS },
      overrides: [LEGACY_TYPESCRIPT_FILES],
      rules: rulesFor('strict') as TSESLint.ClassicConfig.RulesRecord,
    },
  };
}
