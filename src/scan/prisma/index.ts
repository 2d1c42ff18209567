/**
 * Prisma schemas, single-file and multi-file folders, parsed with @mrleebo/prisma-ast 0.15 (the last version
 * that runs on Node 20; 0.16 needs Node 22). `@map`/`@@map` give the real table and column names, `///`
 * comments carry annotations, and field types are evidence (a Boolean emailVerified is not an email).
 */
import { getSchema, PrismaParser, VisitorClassFactory, type Attribute, type BlockAttribute, type Field, type Schema } from '@mrleebo/prisma-ast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotations } from '../../detect/annotations.js';
import type { Annotations } from '../../detect/types.js';
import type { Engine } from '../../engine.js';
import type { FieldFinding, ScanResult, SchemaColumn } from '../../finding.js';
import { findPrismaSchemas } from './find-schemas.js';

export interface PrismaScanOptions {
  engine: Engine;
}

const SCALAR_TYPES = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);

function parser(): { parse(text: string): Schema } {
  const p = new PrismaParser({ nodeLocationTracking: 'full' });
  const Visitor = VisitorClassFactory(p);
  const visitor = new Visitor(p);
  return { parse: (text) => getSchema(text, { parser: p, visitor }) };
}

function unquote(value: unknown): string | undefined {
  return typeof value === 'string' ? value.replace(/^"(.*)"$/, '$1') : undefined;
}

function attributeArg(attributes: (Attribute | BlockAttribute)[] | undefined, name: string): string | undefined {
  const attribute = attributes?.find((a) => a.name === name);
  const first = attribute?.args?.[0]?.value;
  if (typeof first === 'string') return unquote(first);
  // @map(name: "x")
  if (first && typeof first === 'object' && 'type' in first && (first as { type: string }).type === 'keyValue') return unquote((first as { value: unknown }).value);
  return undefined;
}

function docAnnotations(comments: string[]): Annotations | undefined {
  const text = comments.filter((c) => c.startsWith('///')).map((c) => c.slice(3)).join('\n');
  if (!text.includes('@p')) return undefined;
  const parsed = parseAnnotations(text);
  return parsed.purposes.length || parsed.personal.length || parsed.suppressed ? parsed : undefined;
}

export async function scanPrisma(root: string, { engine }: PrismaScanOptions): Promise<ScanResult> {
  const files = await findPrismaSchemas(root);
  const result: ScanResult = { findings: [], skipped: [], stats: { files: 0, lines: 0 }, columns: [] };
  const schemas: { file: string; schema: Schema }[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    try {
      schemas.push({ file, schema: parser().parse(text) });
      result.stats.files++;
      result.stats.lines += text.split('\n').length;
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'parse error';
      const line = /line:? (\d+)/i.exec(message)?.[1];
      result.skipped.push({ file, reason: 'parse-error', detail: message, ...(line ? { line: Number(line) } : {}) });
    }
  }
  // Enums and composite types across all files of a multi-file schema.
  const enums = new Set(schemas.flatMap(({ schema }) => schema.list.filter((b) => b.type === 'enum').map((b) => (b as { name: string }).name)));
  const models = new Set(schemas.flatMap(({ schema }) => schema.list.filter((b) => b.type === 'model' || b.type === 'view' || b.type === 'type').map((b) => (b as { name: string }).name)));

  for (const { file, schema } of schemas) {
    let pending: string[] = [];
    for (const block of schema.list) {
      if (block.type === 'comment') {
        pending.push(block.text);
        continue;
      }
      if (block.type === 'break') continue;
      const blockComments = pending;
      pending = [];
      if (block.type !== 'model' && block.type !== 'view' && block.type !== 'type') continue;
      const modelAnnotations = docAnnotations(blockComments);
      const blockAttributes = block.properties.filter((p): p is BlockAttribute => p.type === 'attribute');
      const table = attributeArg(blockAttributes, 'map') ?? block.name;
      const dbSchema = attributeArg(blockAttributes, 'schema');
      const fields = block.properties.filter((p): p is Field => p.type === 'field');
      const siblings = fields.map((f) => f.name);
      let fieldComments: string[] = [];
      for (const property of block.properties) {
        if (property.type === 'comment') {
          fieldComments.push(property.text);
          continue;
        }
        if (property.type !== 'field') {
          fieldComments = [];
          continue;
        }
        const field = property;
        const own = docAnnotations([...fieldComments, ...(field.comment ? [field.comment] : [])]);
        fieldComments = [];
        const fieldType = typeof field.fieldType === 'string' ? field.fieldType : 'Unsupported';
        // Relations are other models, not columns.
        if (models.has(fieldType) && block.type !== 'type') continue;
        const column = attributeArg(field.attributes, 'map') ?? field.name;
        const type = enums.has(fieldType) ? 'enum' : models.has(fieldType) ? fieldType : SCALAR_TYPES.has(fieldType) ? fieldType : fieldType;
        const location = field.location;
        const columnFact: SchemaColumn = { source: 'prisma', schema: dbSchema ?? 'public', table, column, type, location: { source: 'prisma', file, line: location?.startLine ?? 1, col: location?.startColumn ?? 1, table, column } };
        if (block.type !== 'type') result.columns!.push(columnFact);
        const annotations = own
          ? { ...own, purposes: own.purposes.length ? own.purposes : modelAnnotations?.purposes ?? [], ...(own.suppressed ?? modelAnnotations?.suppressed ? { suppressed: own.suppressed ?? modelAnnotations!.suppressed! } : {}) }
          : modelAnnotations;
        const verdict = engine.detector.classifyField({ name: field.name, container: [block.name], type: `${type}${field.optional ? '?' : ''}`, siblings, ...(annotations ? { annotations } : {}) });
        const detections = verdict.suppressed?.matches ?? verdict.matches;
        for (const detection of detections) {
          const finding: FieldFinding = {
            kind: 'field',
            source: 'prisma',
            category: detection.category,
            container: block.name,
            field: field.name,
            location: { ...columnFact.location },
            evidence: detection.evidence,
            purposes: annotations?.purposes ?? [],
          };
          if (block.type !== 'type') finding.storage = { ...(dbSchema ? { schema: dbSchema } : {}), table, column };
          if (verdict.suppressed) finding.suppressed = { reason: verdict.suppressed.reason };
          if (verdict.isOrganisation && detection.evidence.notes.includes('organisation')) finding.isOrganisation = true;
          if (fieldType === 'Json') finding.tags = ['json'];
          result.findings.push(finding);
        }
      }
    }
  }
  return result;
}
