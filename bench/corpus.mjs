// A deterministic synthetic TypeScript codebase for benchmarks: entities, DTOs, zod schemas, services with
// logger calls, interfaces; personal fields, traps and plenty of ordinary ones. Same size, same bytes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const ENTITIES = ['Customer', 'Order', 'Invoice', 'Product', 'Team', 'Employee', 'Supplier', 'Warehouse', 'Ticket', 'Subscription', 'Payment', 'Shipment', 'Contact', 'Lead', 'Project', 'Document', 'Kunde', 'Bestellung', 'Klant', 'Cliente'];
const FIELDS = [
  ['firstName', 'string'], ['lastName', 'string'], ['email', 'string'], ['phone', 'string'], ['street', 'string'], ['postalCode', 'string'], ['city', 'string'],
  ['emailVerified', 'boolean'], ['createdAt', 'Date'], ['updatedAt', 'Date'], ['status', "'active' | 'inactive'"], ['total', 'number'], ['sku', 'string'],
  ['name', 'string'], ['description', 'string'], ['quantity', 'number'], ['currency', 'string'], ['notes', 'string'], ['ipAddress', 'string'], ['fileName', 'string'],
  ['billingAddress', 'string'], ['mobileNumber', 'string'], ['fornavn', 'string'], ['telefon', 'string'], ['priceNok', 'number'], ['isActive', 'boolean'],
  ['externalId', 'string'], ['version', 'number'], ['tags', 'string[]'], ['metadata', 'Record<string, unknown>'],
];

function entityFile(rand, name, index) {
  const fields = Array.from({ length: 8 + Math.floor(rand() * 16) }, () => FIELDS[Math.floor(rand() * FIELDS.length)]);
  const unique = [...new Map(fields.map((f) => [f[0], f])).values()];
  const lines = [`import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';`, `import { IsEmail, IsOptional, IsString } from 'class-validator';`, `import { z } from 'zod';`, `import { logger } from '../logger';`, ''];
  lines.push(`@Entity('${name.toLowerCase()}_${index}')`, `export class ${name}${index}Entity {`, `  @PrimaryGeneratedColumn('uuid')`, `  id!: string;`, '');
  for (const [field, type] of unique) lines.push(`  @Column({ name: '${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}' })`, `  ${field}!: ${type};`, '');
  lines.push('}', '', `export class Create${name}${index}Dto {`);
  for (const [field, type] of unique.slice(0, 6)) lines.push(field === 'email' ? '  @IsEmail()' : '  @IsString()', '  @IsOptional()', `  ${field}?: ${type};`, '');
  lines.push('}', '', `export interface ${name}${index}View {`);
  for (const [field, type] of unique) lines.push(`  /** The ${field} as shown in the admin view. */`, `  ${field}: ${type};`);
  lines.push('}', '', `export const ${name}${index}Schema = z.object({`);
  for (const [field, type] of unique.slice(0, 8)) lines.push(`  ${field}: ${type === 'string' ? (field === 'email' ? 'z.string().email()' : 'z.string()') : type === 'number' ? 'z.number()' : type === 'boolean' ? 'z.boolean()' : 'z.unknown()'},`);
  lines.push('});', '');
  const methods = 2 + Math.floor(rand() * 10);
  lines.push(`export class ${name}${index}Service {`);
  for (let m = 0; m < methods; m++) {
    lines.push(`  async handle${m}(input: ${name}${index}View, repository: { save(x: unknown): Promise<unknown> }) {`);
    lines.push(`    const started = Date.now();`, `    if (!input) {`, `      throw new Error('missing input for handle${m}');`, `    }`);
    lines.push(`    const result = await repository.save({ ...input, version: ${m} });`);
    lines.push(`    logger.info({ id: (result as { id?: string }).id, took: Date.now() - started }, 'handled ${m}');`);
    for (let k = 0; k < 3 + Math.floor(rand() * 8); k++) lines.push(`    const value${k} = [${k}, ${k + 1}, ${k + 2}].map((n) => n * ${m + 1}).filter((n) => n % 2 === 0);`);
    lines.push(`    return result;`, `  }`, '');
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** Writes the corpus into `dir` unless it is already there at this size. Returns files and lines. */
export function generateCorpus(dir, targetLines) {
  const marker = join(dir, '.corpus.json');
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.targetLines === targetLines) return info;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = prng(42);
  let lines = 0;
  let files = 0;
  while (lines < targetLines) {
    const name = ENTITIES[files % ENTITIES.length];
    const folder = join(dir, 'src', `module-${Math.floor(files / 50)}`);
    mkdirSync(folder, { recursive: true });
    const text = entityFile(rand, name, files);
    writeFileSync(join(folder, `${name.toLowerCase()}-${files}.ts`), text);
    lines += text.split('\n').length;
    files++;
  }
  const info = { targetLines, files, lines };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}
