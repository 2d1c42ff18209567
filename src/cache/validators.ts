/**
 * JSON Schema validators compiled at build time instead of at every start. `npm run build` writes each
 * schema's validator as Ajv's standalone code (scripts/build-validators.mjs -> `dist/validators/<name>.cjs`),
 * with the hash of the schema it was made from; a schema that no longer has that hash (the sources run
 * directly, or a schema changed after the build) is compiled by Ajv as before. Compiling the policy and rule
 * schemas, and loading Ajv's compiler to do it, cost 0.2-0.3 s of CPU on every run.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

/** What Ajv's compiled and standalone validators both are. */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Options every validator is made with, here and by the build script (the same code either way). */
export const VALIDATOR_OPTIONS = { allErrors: true, strict: false, validateSchema: false } as const;

const requireHere = createRequire(import.meta.url);

/** The hash a validator is stored under: the schema as JSON (the build script computes the same). */
export function schemaHash(schema: object): string {
  return createHash('sha1').update(JSON.stringify(schema)).digest('hex');
}

/** The validator of `schema`: the build's standalone code named `name` when made from this schema, else compiled now. */
export function precompiled(name: string, schema: object): Validator {
  try {
    const module = requireHere(`../validators/${name}.cjs`) as Validator & { schemaHash?: string };
    if (module.schemaHash === schemaHash(schema)) return module;
  } catch {
    // Not built (the sources run directly): compiled below.
  }
  const { Ajv } = requireHere('ajv') as typeof import('ajv');
  return new Ajv(VALIDATOR_OPTIONS).compile(schema) as Validator;
}
