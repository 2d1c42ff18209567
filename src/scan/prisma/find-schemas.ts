/** Where Prisma keeps its schema: schema.prisma, prisma/schema.prisma, multi-file folders, package.json's `prisma.schema`. */
import { glob } from 'glob';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export async function findPrismaSchemas(root: string): Promise<string[]> {
  const found = new Set(await glob('**/*.prisma', { cwd: root, ignore: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.git/**'], posix: true, nodir: true }));
  const packageJson = join(root, 'package.json');
  if (existsSync(packageJson)) {
    try {
      const configured = (JSON.parse(readFileSync(packageJson, 'utf8')) as { prisma?: { schema?: string } }).prisma?.schema;
      if (configured && existsSync(join(root, configured))) found.add(configured.replace(/^\.\//, ''));
    } catch {
      // A broken package.json is not ours to report; the glob result stands.
    }
  }
  return [...found].sort();
}
