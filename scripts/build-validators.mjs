// Part of `npm run build`: the JSON Schema validators privmap runs at every start, written as Ajv standalone
// code with the hash of their schema (dist/validators/<name>.cjs), so a run loads them instead of compiling
// (src/cache/validators.ts). The names and schemas here are the ones the sources pass to `precompiled`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const { VALIDATOR_OPTIONS, schemaHash } = await import('../dist/cache/validators.js');
const { policySchema } = await import('../dist/policy/schema.js');
const rules = await import('../dist/detect/rule-schema.js');
const sinks = await import('../dist/flows/sink-schema.js');

const validators = {
  policy: policySchema,
  'rule-category-file': rules.categoryFileSchema,
  'rule-context-file': rules.contextFileSchema,
  'rule-entry': rules.ruleEntrySchema,
  'lexicon-concepts-file': rules.conceptsFileSchema,
  'lexicon-file': rules.lexiconFileSchema,
  'sink-file': sinks.sinkFileSchema,
  sink: sinks.sinkSchema,
};
mkdirSync('dist/validators', { recursive: true });
for (const [name, schema] of Object.entries(validators)) {
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  writeFileSync(`dist/validators/${name}.cjs`, `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schema))};\n`);
}
