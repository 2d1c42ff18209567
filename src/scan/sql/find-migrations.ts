/**
 * Migration files as their tools lay them out, in the order the tools apply them. Snapshots
 * (schema.sql, structure.sql) come first: a history after them alters the snapshot.
 */
import { glob } from 'glob';

const LAYOUTS = [
  'prisma/migrations/*/migration.sql',
  '**/drizzle/*.sql',
  '**/V*__*.sql',
  '**/R__*.sql',
  '**/*.up.sql',
  '**/migrations/**/*.sql',
  '**/migration/**/*.sql',
  '**/schema.sql',
  '**/structure.sql',
];

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/*.down.sql', '**/down.sql'];

/** Flyway: V1_1__x.sql < V1_10__x.sql < V2__x.sql; repeatable R__ after every versioned one. */
function flywayKey(file: string): number[] | undefined {
  const name = file.split('/').pop()!;
  const versioned = /^V(\d+(?:[._]\d+)*)__/.exec(name);
  if (versioned) return [0, ...versioned[1]!.split(/[._]/).map(Number)];
  if (/^R__/.test(name)) return [1];
  return undefined;
}

function isSnapshot(file: string): boolean {
  return /(^|\/)(schema|structure)\.sql$/.test(file);
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function compareMigrations(a: string, b: string): number {
  const snapshotOrder = Number(isSnapshot(b)) - Number(isSnapshot(a));
  if (snapshotOrder !== 0) return snapshotOrder;
  const fa = flywayKey(a);
  const fb = flywayKey(b);
  if (fa && fb) return compareNumbers(fa, fb) || a.localeCompare(b);
  // Timestamped folders and numbered files (0001_x.sql, 20240105_init) sort by name; numbers compare numerically.
  return a.localeCompare(b, 'en', { numeric: true });
}

export async function findMigrations(root: string, extraGlobs: string[] = []): Promise<string[]> {
  const files = await glob([...LAYOUTS, ...extraGlobs], { cwd: root, ignore: IGNORE, nodir: true, posix: true });
  return [...new Set(files)].sort(compareMigrations);
}
