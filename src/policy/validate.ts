/**
 * Structural validation (the JSON Schema, through ajv) turned into messages that say what was expected,
 * where, and the nearest valid word for a typo.
 */
import type { ErrorObject } from 'ajv';
import { precompiled } from '../cache/validators.js';
import { CREDENTIALS_ADVICE } from './credentials.js';
import { didYouMean } from './did-you-mean.js';
import { policySchema } from './schema.js';

export interface RawProblem {
  path: string[];
  /** Point at the key rather than the value (unknown keys). */
  atKey: boolean;
  message: string;
}

// Compiled at build time (src/cache/validators.ts): compiling it at every start cost 0.1 s of CPU.
const validateSchema = precompiled('policy', policySchema);

function pathOf(error: ErrorObject): string[] {
  return error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The schema node that an error's schemaPath ends in, to list allowed keys and values. */
function schemaAt(schemaPath: string): Record<string, unknown> | undefined {
  let node: unknown = policySchema;
  for (const segment of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return node as Record<string, unknown> | undefined;
}

/** `shoeSize`, `Shoe_Size`, `shoe size` -> `shoe-size`: ids are kebab-case. */
function toKebabCase(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} \`${String(value)}\``;
}

function valueAt(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}

function suggestion(word: string, candidates: Iterable<string>): string {
  const near = didYouMean(word, candidates);
  return near ? ` — did you mean \`${near}\`?` : '';
}

function toProblem(error: ErrorObject, data: unknown): RawProblem | undefined {
  const path = pathOf(error);
  const where = path.length ? `\`${path.join('.')}\`` : 'the policy';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      // `$schema` is allowed for editors but is not something to suggest.
      const allowed = Object.keys((schemaAt(error.schemaPath)?.properties as object | undefined) ?? {}).filter((k) => k !== '$schema');
      if (path[0] === 'database' && /url|uri|dsn|conn/i.test(key)) {
        return { path: [...path, key], atKey: true, message: `\`database.${key}\` is not allowed: ${CREDENTIALS_ADVICE}` };
      }
      return { path: [...path, key], atKey: true, message: `unknown key \`${key}\` in ${where}; expected one of ${allowed.join(', ')}${suggestion(key, allowed)}` };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = valueAt(data, path);
      return { path, atKey: false, message: `${where}: expected one of ${allowed.join(', ')}; got ${describe(value)}${suggestion(String(value), allowed)}` };
    }
    case 'const':
      return { path, atKey: false, message: `${where}: expected ${JSON.stringify(error.params.allowedValue)}; got ${describe(valueAt(data, path))}` };
    case 'type':
      return { path, atKey: false, message: `${where}: expected ${error.params.type === 'object' ? 'a mapping' : error.params.type === 'array' ? 'a list' : `a ${String(error.params.type)}`}; got ${describe(valueAt(data, path))}` };
    case 'pattern':
      if (error.params.pattern === '^[a-z0-9][a-z0-9-]*$') return { path, atKey: false, message: `${where}: \`${String(valueAt(data, path))}\` is not a valid id (lower-case letters, digits and hyphens)` };
      return { path, atKey: false, message: `${where}: \`${String(valueAt(data, path))}\` does not match the expected form ${String(error.params.pattern)}` };
    case 'propertyNames':
      return undefined; // reported by its nested `pattern` error on the key itself
    case 'minItems':
      return { path, atKey: false, message: `${where}: expected at least ${String(error.params.limit)} item(s)` };
    case 'minLength':
      return { path, atKey: false, message: `${where}: expected a non-empty text` };
    case 'uniqueItems':
      return { path, atKey: false, message: `${where}: lists an item twice` };
    default:
      return { path, atKey: false, message: `${where}: ${error.message ?? 'invalid'}` };
  }
}

export function validateStructure(data: unknown): RawProblem[] {
  if (validateSchema(data)) return [];
  const problems = new Map<string, RawProblem>();
  const missing = new Map<string, { path: string[]; keys: string[] }>();
  for (const error of validateSchema.errors ?? []) {
    // propertyNames errors report the offending key through `propertyName`.
    if (error.keyword === 'pattern' && error.propertyName !== undefined) {
      const path = [...pathOf(error), error.propertyName];
      const kebab = toKebabCase(error.propertyName);
      const hint = kebab && kebab !== error.propertyName ? ` — write \`${kebab}\`` : '';
      problems.set(path.join('/'), { path, atKey: true, message: `\`${error.propertyName}\` is not a valid id (lower-case letters, digits and hyphens)${hint}` });
      continue;
    }
    if (error.keyword === 'required') {
      const path = pathOf(error);
      const entry = missing.get(path.join('/')) ?? { path, keys: [] };
      entry.keys.push(String(error.params.missingProperty));
      missing.set(path.join('/'), entry);
      continue;
    }
    const problem = toProblem(error, data);
    if (problem && !problems.has(problem.path.join('/'))) problems.set(problem.path.join('/'), problem);
  }
  // `contacts` typed for `contact` gives both "unknown key" and "missing contact": the suggestion says it all.
  const suggested = new Set(
    [...problems.values()].flatMap((p) => {
      const near = /did you mean `([^`]+)`/.exec(p.message);
      return p.atKey && near ? [[...p.path.slice(0, -1), near[1]].join('/')] : [];
    }),
  );
  for (const { path, keys } of missing.values()) {
    const unexplained = keys.filter((key) => !suggested.has([...path, key].join('/')));
    if (unexplained.length === 0 || problems.has(path.join('/'))) continue;
    const where = path.length ? `\`${path.join('.')}\`` : 'the policy';
    const list = unexplained.map((key) => `\`${key}\``).join(' and ');
    const why = path.length === 2 && path[0] === 'categories' ? '; a custom category needs a title and a fideslang key (fides), e.g. user.demographic.date_of_birth' : '';
    // Point at the entry's key: the keys that are missing have no position of their own.
    problems.set(path.join('/'), { path, atKey: true, message: `${where} is missing the required key${unexplained.length > 1 ? 's' : ''} ${list}${why}` });
  }
  return [...problems.values()];
}
