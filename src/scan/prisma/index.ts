/**
 * Prisma schemas, single-file and multi-file, parsed with @mrleebo/prisma-ast 0.15 (see parse-schema.ts).
 * `@map`/`@@map` give the real column and table, `@@schema` the PostgreSQL schema, `///` comments carry
 * annotations, and the field type is evidence: a `Boolean emailVerified` is not an email, `DateTime`, `Int`
 * and enums are not text, a relation field is another model (no column of its own), a `Json` field is
 * reported only when its name says personal data and is tagged `json` for review, and a composite type
 * (MongoDB `type Address {}`) is a container whose fields are classified in its own name.
 */
import type { Assignment, Attribute, Block, BlockAttribute, Datasource, Field, Func, Model, Schema, Type, View } from '@mrleebo/prisma-ast';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Annotations } from '../../detect/types.js';
import type { Engine } from '../../engine.js';
import type { Location, ScanResult } from '../../finding.js';
import { docAnnotations, docLinesBefore, mergeAnnotations } from './doc-annotations.js';
import { fieldFindings } from '../field-findings.js';
import { findPrismaSchemas, type PrismaSchemaSet } from './find-schemas.js';
import { parsePrismaSchema } from './parse-schema.js';

export { findPrismaSchemas, parsePrismaSchema };
export type { PrismaSchemaSet };

export interface PrismaScanOptions {
  engine: Engine;
  /** The `.prisma` files under the root when already listed (the pipeline lists them with the SQL files). */
  listed?: string[];
}

type Container = Model | View | Type;

interface ParsedFile {
  file: string;
  schema: Schema;
}

/** What every file of one schema shares: names of enums, models and composite types, and the provider. */
interface SchemaScope {
  enums: Set<string>;
  relations: Set<string>;
  composites: Set<string>;
  provider: string | undefined;
}

function unquote(value: unknown): string | undefined {
  return typeof value === 'string' ? value.replace(/^"(.*)"$/, '$1') : undefined;
}

function isContainer(block: Block): block is Container {
  return block.type === 'model' || block.type === 'view' || block.type === 'type';
}

/** The first argument of `@map("x")`, `@map(name: "x")`, `@@map("x")`, `@@schema("x")`. */
function nameArgument(attributes: readonly (Attribute | BlockAttribute)[] | undefined, name: string): string | undefined {
  const attribute = attributes?.find((a) => a.name === name && !a.group);
  const first = attribute?.args?.[0]?.value;
  if (typeof first === 'string') return unquote(first);
  if (first && typeof first === 'object' && 'type' in first && first.type === 'keyValue' && first.key === 'name') return unquote(first.value);
  return undefined;
}

/** Scalar fields named in `@relation(fields: [...])` hold another model's id. */
function foreignKeyFields(fields: Field[]): Set<string> {
  const names = new Set<string>();
  for (const field of fields) {
    for (const attribute of field.attributes ?? []) {
      if (attribute.name !== 'relation') continue;
      for (const arg of attribute.args ?? []) {
        const value = arg.value;
        if (value && typeof value === 'object' && 'type' in value && value.type === 'keyValue' && value.key === 'fields') {
          const list = value.value;
          if (list && typeof list === 'object' && 'type' in list && list.type === 'array') for (const name of list.args) if (typeof name === 'string') names.add(name);
        }
      }
    }
  }
  return names;
}

function scopeOf(files: ParsedFile[]): SchemaScope {
  const scope: SchemaScope = { enums: new Set(), relations: new Set(), composites: new Set(), provider: undefined };
  for (const { schema } of files) {
    for (const block of schema.list) {
      if (block.type === 'enum') scope.enums.add(block.name);
      else if (block.type === 'model' || block.type === 'view') scope.relations.add(block.name);
      else if (block.type === 'type') scope.composites.add(block.name);
      else if (block.type === 'datasource') {
        const provider = (block as Datasource).assignments.find((a): a is Assignment => a.type === 'assignment' && a.key === 'provider');
        scope.provider ??= unquote(provider?.value);
      }
    }
  }
  return scope;
}

/**
 * The schema a table lives in. PostgreSQL (and CockroachDB) default to `public` and SQL Server to `dbo`,
 * with `@@schema` for multi-schema; MySQL, SQLite and MongoDB have no schema inside the database.
 */
function databaseSchema(provider: string | undefined, declared: string | undefined): string | undefined {
  if (declared) return declared;
  if (provider === 'postgresql' || provider === 'postgres' || provider === 'cockroachdb') return 'public';
  if (provider === 'sqlserver') return 'dbo';
  return undefined;
}

/** The type as the detector should read it: enums are labels, `Unsupported("citext")` is the database type. */
function fieldTypeText(field: Field, scope: SchemaScope): string {
  const raw = field.fieldType;
  let type: string;
  if (typeof raw === 'string') type = scope.enums.has(raw) ? 'enum' : raw;
  else type = (raw as Func).name === 'Unsupported' ? unquote((raw as Func).params?.[0]) ?? 'Unsupported' : (raw as Func).name;
  return `${type}${field.array ? '[]' : ''}${field.optional ? '?' : ''}`;
}

function scanContainer(file: string, block: Container, items: readonly Block[], index: number, scope: SchemaScope, engine: Engine, result: ScanResult): void {
  const blockAttributes = block.properties.filter((p): p is BlockAttribute => p.type === 'attribute');
  const isEmbedded = block.type === 'type';
  const table = nameArgument(blockAttributes, 'map') ?? block.name;
  const schema = databaseSchema(scope.provider, nameArgument(blockAttributes, 'schema'));
  const modelAnnotations = docAnnotations(docLinesBefore(items, index));
  const fields = block.properties.filter((p): p is Field => p.type === 'field');
  const siblings = fields.map((f) => f.name);
  const foreignKeys = foreignKeyFields(fields);
  block.properties.forEach((property, position) => {
    if (property.type !== 'field') return;
    const field = property;
    const typeName = typeof field.fieldType === 'string' ? field.fieldType : undefined;
    // A relation field is the other side of a foreign key: no column here.
    if (typeName && scope.relations.has(typeName)) return;
    const column = nameArgument(field.attributes, 'map') ?? field.name;
    const location: Location = { source: 'prisma', file, line: field.location?.startLine ?? 1, col: field.location?.startColumn ?? 1 };
    if (!isEmbedded) {
      location.table = schema ? `${schema}.${table}` : table;
      location.column = column;
    }
    const type = fieldTypeText(field, scope);
    const declared = typeName ? `${typeName}${field.array ? '[]' : ''}${field.optional ? '?' : ''}` : type;
    if (!isEmbedded) result.columns!.push({ source: 'prisma', schema: schema ?? 'public', table, column, type: declared, location });
    if (foreignKeys.has(field.name)) return;
    const trailing = field.comment?.startsWith('///') ? [field.comment.slice(3)] : [];
    const own = docAnnotations([...docLinesBefore(block.properties as never, position), ...trailing]);
    const annotations: Annotations | undefined = mergeAnnotations(own, modelAnnotations);
    const verdict = engine.detector.classifyField({ name: field.name, container: [block.name], type, siblings, ...(annotations ? { annotations } : {}) });
    const tags = [...(block.type === 'view' ? ['view'] : []), ...(isEmbedded ? ['composite'] : []), ...(typeName === 'Json' ? ['json'] : [])];
    // A composite type is embedded in documents, not a table of its own.
    const storage = isEmbedded ? {} : { storage: { ...(schema ? { schema } : {}), table, column } };
    result.findings.push(...fieldFindings(verdict, { source: 'prisma', container: block.name, field: field.name, location, purposes: annotations?.purposes ?? [], ...storage, tags }));
  });
}

async function scanSet(root: string, set: PrismaSchemaSet, engine: Engine, result: ScanResult): Promise<void> {
  const parsed: ParsedFile[] = [];
  for (const file of set.files) {
    const text = await readFile(join(root, file), 'utf8');
    result.stats.files++;
    result.stats.lines += text.split('\n').length;
    const outcome = parsePrismaSchema(text);
    if ('error' in outcome) result.skipped.push({ file, reason: 'parse-error', line: outcome.error.line, detail: outcome.error.detail });
    else parsed.push({ file, schema: outcome.schema });
  }
  const scope = scopeOf(parsed);
  for (const { file, schema } of parsed) {
    schema.list.forEach((block, index) => {
      if (isContainer(block)) scanContainer(file, block, schema.list, index, scope, engine, result);
    });
  }
}

export async function scanPrisma(root: string, { engine, listed }: PrismaScanOptions): Promise<ScanResult> {
  const result: ScanResult = { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [] };
  for (const set of await findPrismaSchemas(root, listed)) await scanSet(root, set, engine, result);
  return result;
}
