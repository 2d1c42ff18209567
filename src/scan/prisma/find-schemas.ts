/**
 * Where Prisma keeps its schema: `schema.prisma` at the root or in `prisma/`, a multi-file folder
 * (`prisma/schema/*.prisma`, Prisma >= 5.15 `prismaSchemaFolder`), the file or folder package.json's
 * `prisma.schema` names, and the same in every package of a monorepo. Files that belong to one schema are
 * grouped: models in one file may use enums and composite types declared in another.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { IGNORED_DIRS } from '../sql/find-migrations.js';
import { listFiles } from '../list-files.js';

export interface PrismaSchemaSet {
  /** The schema folder, or the folder of a single-file schema. */
  id: string;
  /** POSIX paths relative to the scan root, sorted. */
  files: string[];
}

function configuredFolder(root: string): string | undefined {
  const packageJson = join(root, 'package.json');
  if (!existsSync(packageJson)) return undefined;
  try {
    const configured = (JSON.parse(readFileSync(packageJson, 'utf8')) as { prisma?: { schema?: unknown } }).prisma?.schema;
    if (typeof configured !== 'string') return undefined;
    const path = posix.normalize(configured.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
    return existsSync(join(root, path)) && statSync(join(root, path)).isDirectory() ? path : undefined;
  } catch {
    // A broken package.json is not ours to report; the layout conventions still find the schema.
    return undefined;
  }
}

function groupOf(file: string, folder: string | undefined): string {
  if (folder && file.startsWith(`${folder}/`)) return folder;
  const parts = file.split('/').slice(0, -1);
  // Prisma's multi-file convention: everything under a `schema` folder is one schema.
  const schemaDir = parts.lastIndexOf('schema');
  if (schemaDir !== -1) return parts.slice(0, schemaDir + 1).join('/');
  return parts.join('/') || '.';
}

/** `listed`: every `.prisma` file under the root when the caller listed them already (`listFiles`, IGNORED_DIRS). */
export async function findPrismaSchemas(root: string, listed?: readonly string[]): Promise<PrismaSchemaSet[]> {
  const files = new Set(listed ?? listFiles(root, ['.prisma'], IGNORED_DIRS));
  // The glob also finds a configured file or folder in an unusual place (`"schema": "db/app.prisma"`); the
  // configured folder matters for grouping, as it may have any name.
  const folder = configuredFolder(root);
  const sets = new Map<string, string[]>();
  for (const file of files) {
    const id = groupOf(file, folder);
    if (!sets.has(id)) sets.set(id, []);
    sets.get(id)!.push(file);
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...sets.entries()].map(([id, list]) => ({ id, files: list.sort(byText) })).sort((a, b) => byText(a.id, b.id));
}
