// A deterministic synthetic TypeScript codebase for benchmarks, shaped like a real service: TypeORM
// entities, class-validator DTOs, zod schemas, interfaces and types, services with repository writes and
// logger calls, React components and plain utility modules. Personal fields, traps (emailVerified, team
// names, labels) and many ordinary fields; file sizes vary from about 50 to 800 lines. Same size, same bytes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generated text changes, so existing corpora are rewritten. */
const VERSION = 2;

/** A small seeded PRNG (LCG): the corpus must be identical on every machine. */
function prng(seed) {
  let s = seed >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  next.pick = (list) => list[Math.floor(next() * list.length)];
  return next;
}

const NOUNS = ['Customer', 'Order', 'Invoice', 'Product', 'Team', 'Employee', 'Supplier', 'Warehouse', 'Ticket', 'Subscription', 'Payment', 'Shipment',
  'Contact', 'Lead', 'Project', 'Document', 'Kunde', 'Bestellung', 'Klant', 'Cliente', 'Patient', 'Booking', 'Member', 'Campaign', 'Report', 'Device'];
// [name, TypeScript type]; personal, trap and ordinary fields in the proportions real entities have.
const FIELDS = [
  ['firstName', 'string'], ['lastName', 'string'], ['email', 'string'], ['phone', 'string'], ['street', 'string'], ['postalCode', 'string'],
  ['city', 'string'], ['billingAddress', 'string'], ['mobileNumber', 'string'], ['fornavn', 'string'], ['telefon', 'string'], ['contactEmail', 'string'],
  ['emailVerified', 'boolean'], ['phoneVerifiedAt', 'Date | null'], ['emailTemplateId', 'string'], ['ipAddress', 'string'], ['fileName', 'string'],
  ['name', 'string'], ['firstNameLabel', 'string'], ['timezone', 'string'], ['username', 'string'],
  ['createdAt', 'Date'], ['updatedAt', 'Date'], ['status', "'active' | 'inactive' | 'archived'"], ['total', 'number'], ['sku', 'string'],
  ['description', 'string'], ['quantity', 'number'], ['currency', 'string'], ['notes', 'string'], ['priceNok', 'number'], ['isActive', 'boolean'],
  ['externalId', 'string'], ['version', 'number'], ['tags', 'string[]'], ['metadata', 'Record<string, unknown>'], ['dueDate', 'Date'],
  ['discountRate', 'number'], ['priority', "'low' | 'normal' | 'high'"], ['slug', 'string'], ['title', 'string'], ['sortOrder', 'number'],
];
const VERBS = ['load', 'find', 'update', 'sync', 'archive', 'refresh', 'validate', 'export', 'import', 'recalculate', 'notify', 'merge'];

const snake = (s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const zodOf = (name, type) =>
  type === 'string' ? (name.toLowerCase().includes('email') ? 'z.string().email()' : 'z.string().min(1)') : type === 'number' ? 'z.number().int()' : type === 'boolean' ? 'z.boolean()' : type.includes('Date') ? 'z.coerce.date()' : type.includes("'") ? `z.enum([${type.split('|').map((t) => t.trim()).join(', ')}])` : 'z.unknown()';

function fieldsFor(rand, count) {
  const picked = new Map();
  while (picked.size < count) {
    const field = rand.pick(FIELDS);
    picked.set(field[0], field);
  }
  return [...picked.values()];
}

/** Logic that fills a method body: loops, conditions, array calls, a logger call; no declarations. */
function body(rand, lines, indent, m) {
  const pad = ' '.repeat(indent);
  const n = rand.int(3, 18);
  lines.push(`${pad}const started = Date.now();`);
  for (let k = 0; k < n; k++) {
    switch (rand.int(0, 5)) {
      case 0:
        lines.push(`${pad}const values${k} = [${k}, ${k + 1}, ${k + 2}].map((n) => n * ${m + 1}).filter((n) => n % 2 === 0);`);
        break;
      case 1:
        lines.push(`${pad}if (input.length > ${k * 3}) {`, `${pad}  total += input.length - ${k};`, `${pad}} else {`, `${pad}  total -= ${k};`, `${pad}}`);
        break;
      case 2:
        lines.push(`${pad}for (const item of input.slice(${k})) {`, `${pad}  if (!item) continue;`, `${pad}  seen.add(String(item));`, `${pad}}`);
        break;
      case 3:
        lines.push(`${pad}logger.debug({ step: ${k}, took: Date.now() - started }, 'step ${k} of ${n}');`);
        break;
      case 4:
        lines.push(`${pad}const key${k} = \`\${prefix}:${k}:\${seen.size}\`;`, `${pad}cache.set(key${k}, total);`);
        break;
      default:
        lines.push(`${pad}try {`, `${pad}  total = Math.max(total, await compute(${k}));`, `${pad}} catch (error) {`, `${pad}  logger.warn({ err: error }, 'compute failed');`, `${pad}}`);
    }
  }
}

function entityFile(rand, name, index) {
  const fields = fieldsFor(rand, rand.int(6, 30));
  const lines = [`import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';`, `import { Team } from './team.entity';`, ''];
  lines.push(`@Entity('${snake(name).slice(1)}_${index}')`, `export class ${name}${index}Entity {`, `  @PrimaryGeneratedColumn('uuid')`, `  id!: string;`, '');
  for (const [field, type] of fields) {
    if (field === 'createdAt') lines.push('  @CreateDateColumn()', `  createdAt!: Date;`, '');
    else lines.push(rand() < 0.5 ? `  @Column({ name: '${snake(field)}', nullable: true })` : `  @Column()`, `  ${field}!: ${type};`, '');
  }
  lines.push('  @ManyToOne(() => Team)', '  team!: Team;', '}', '');
  return lines;
}

function dtoFile(rand, name, index) {
  const lines = [`import { IsBoolean, IsEmail, IsOptional, IsPhoneNumber, IsString, MaxLength } from 'class-validator';`, `import { Field, InputType } from '@nestjs/graphql';`, ''];
  for (const kind of ['Create', 'Update']) {
    lines.push('@InputType()', `export class ${kind}${name}${index}Input {`);
    for (const [field, type] of fieldsFor(rand, rand.int(4, 16))) {
      const validator = field.toLowerCase().includes('email') ? '@IsEmail()' : field === 'phone' || field === 'telefon' ? "@IsPhoneNumber('NO')" : type === 'boolean' ? '@IsBoolean()' : '@IsString()';
      lines.push('  @Field({ nullable: true })', `  ${validator}`, '  @IsOptional()', type === 'string' ? '  @MaxLength(200)' : '', `  ${field}?: ${type};`, '');
    }
    lines.push('}', '');
  }
  return lines;
}

function schemaFile(rand, name, index) {
  const lines = [`import { z } from 'zod';`, ''];
  for (let s = 0; s < rand.int(1, 4); s++) {
    lines.push(`export const ${name}${index}Part${s}Schema = z.object({`);
    for (const [field, type] of fieldsFor(rand, rand.int(4, 14))) lines.push(`  ${field}: ${zodOf(field, type)}${rand() < 0.3 ? '.optional()' : ''},`);
    lines.push('});', '', `export type ${name}${index}Part${s} = z.infer<typeof ${name}${index}Part${s}Schema>;`, '');
  }
  return lines;
}

function typesFile(rand, name, index) {
  const lines = [];
  for (let t = 0; t < rand.int(1, 5); t++) {
    lines.push(`/** ${name} view number ${t}, as the admin UI shows it. */`, `export interface ${name}${index}View${t} {`);
    for (const [field, type] of fieldsFor(rand, rand.int(3, 20))) lines.push(`  /** The ${field} shown in column ${t}. */`, `  ${field}${rand() < 0.2 ? '?' : ''}: ${type};`);
    if (rand() < 0.4) lines.push('  address: {', '    street: string;', '    postalCode: string;', '    city: string;', '  };');
    lines.push('}', '', `export type ${name}${index}Summary${t} = Pick<${name}${index}View${t}, keyof ${name}${index}View${t}>;`, '');
  }
  return lines;
}

function serviceFile(rand, name, index, budget) {
  const lines = [`import type { Repository } from 'typeorm';`, `import { logger } from '../logger';`, `import { cache, compute } from '../util';`, ''];
  lines.push(`export class ${name}${index}Service {`, `  constructor(private readonly ${name.toLowerCase()}Repository: Repository<unknown>) {}`, '');
  const methods = rand.int(2, 14);
  for (let m = 0; m < methods && lines.length < budget; m++) {
    lines.push(`  async ${rand.pick(VERBS)}${m}(input: string[], prefix = '${name.toLowerCase()}'): Promise<number> {`, '    let total = 0;', '    const seen = new Set<string>();');
    body(rand, lines, 4, m);
    if (rand() < 0.3) lines.push(`    await this.${name.toLowerCase()}Repository.save({ email: input[0], fullName: input[1], version: ${m} });`);
    if (rand() < 0.3) lines.push(`    logger.info({ customerEmail: input[0], total }, '${name} handled');`);
    lines.push('    return total;', '  }', '');
  }
  lines.push('}', '');
  return lines;
}

function componentFile(rand, name, index) {
  const lines = [`import { useState } from 'react';`, ''];
  lines.push(`export interface ${name}${index}FormProps {`, '  onSubmit(values: Record<string, string>): void;', '  isDisabled?: boolean;', '  label: string;', '}', '');
  lines.push(`export function ${name}${index}Form({ onSubmit, isDisabled, label }: ${name}${index}FormProps) {`, "  const [values, setValues] = useState<Record<string, string>>({});");
  for (const [field] of fieldsFor(rand, rand.int(3, 12))) {
    lines.push(`  const on${field[0].toUpperCase()}${field.slice(1)} = (value: string) => setValues((v) => ({ ...v, ${field}: value }));`);
  }
  lines.push('  return (', `    <form aria-label={label} onSubmit={() => onSubmit(values)}>`);
  for (let i = 0; i < rand.int(3, 20); i++) lines.push(`      <input name="field${i}" disabled={isDisabled} onChange={(e) => setValues({ ...values, field${i}: e.target.value })} />`);
  lines.push('    </form>', '  );', '}', '');
  return lines;
}

function utilFile(rand, name, index, budget) {
  const lines = [`import { logger } from '../logger';`, `import { cache, compute } from '../util';`, ''];
  for (let f = 0, n = rand.int(2, 12); f < n && lines.length < budget; f++) {
    lines.push(`export async function ${rand.pick(VERBS)}${name}${index}x${f}(input: string[], prefix = 'u'): Promise<number> {`, '  let total = 0;', '  const seen = new Set<string>();');
    body(rand, lines, 2, f);
    lines.push('  return total;', '}', '');
  }
  return lines;
}

const KINDS = [
  ['entity', 'ts', entityFile, 3],
  ['dto', 'ts', dtoFile, 2],
  ['schema', 'ts', schemaFile, 2],
  ['types', 'ts', typesFile, 2],
  ['service', 'ts', serviceFile, 4],
  ['component', 'tsx', componentFile, 2],
  ['util', 'ts', utilFile, 3],
];
const WEIGHTED = KINDS.flatMap((k) => Array.from({ length: k[3] }, () => k));

/** A file of one kind, grown with more of the same until it reaches the drawn size (50 to 800 lines). */
function makeFile(rand, kind, name, index) {
  const target = Math.round(50 + 750 * rand() ** 2);
  const lines = [];
  for (let part = 0; lines.length < target && part < 40; part++) {
    const chunk = kind[2](rand, name, index * 100 + part, target - lines.length);
    // Later parts repeat imports; drop them so the file stays valid.
    lines.push(...(part === 0 ? chunk : chunk.filter((l) => !l.startsWith('import '))));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the corpus into `dir` unless it is already there at this size. Returns files and lines. */
export function generateCorpus(dir, targetLines) {
  const marker = join(dir, '.corpus.json');
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8'));
    if (info.targetLines === targetLines && info.version === VERSION) return info;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = prng(42);
  let lines = 0;
  let files = 0;
  while (lines < targetLines) {
    const kind = rand.pick(WEIGHTED);
    const name = rand.pick(NOUNS);
    const folder = join(dir, 'src', `module-${String(Math.floor(files / 40)).padStart(3, '0')}`);
    if (files % 40 === 0) mkdirSync(folder, { recursive: true });
    const text = makeFile(rand, kind, name, files);
    writeFileSync(join(folder, `${name.toLowerCase()}-${files}.${kind[0]}.${kind[1]}`), text);
    lines += text.split('\n').length - 1;
    files++;
  }
  const info = { version: VERSION, targetLines, files, lines };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}
