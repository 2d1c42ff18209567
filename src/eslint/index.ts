/**
 * `privmap/eslint-plugin`: privmap's findings as you type. The rules share one scan per file and the same
 * detector, sink catalogue and policy judgement as `privmap check`.
 *
 *   import privmap from 'privmap/eslint-plugin';
 *   export default [privmap.configs.recommended];
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { prefetchProject } from '../flows/project-prefetch.js';
import { VERSION } from '../version.js';
import { flatConfigs, legacyConfigs } from './configs.js';
import { rules } from './rules/index.js';

const plugin = {
  meta: { name: 'privmap/eslint-plugin', version: VERSION },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config> & Record<'recommended-legacy' | 'strict-legacy', TSESLint.ClassicConfig.Config>,
};

// The flat configs name the plugin object itself, so they are filled in once it exists.
Object.assign(plugin.configs, flatConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin), legacyConfigs());

// The stats the first linted file needs are taken while ESLint loads its configuration and lists the files
// (src/flows/project-prefetch.ts): the project whose privacy.yml is found upward from where `eslint` runs.
void prefetchProject(process.cwd());

// Named as well as default: `require('privmap/eslint-plugin')` (Node's require of an ES module) returns the
// module namespace, which then carries `configs`, `rules` and `meta` itself, as a CommonJS plugin would; `.default`
// keeps working for those who wrote it.
const { meta, configs } = plugin;
export { configs, meta, rules };
export default plugin;
