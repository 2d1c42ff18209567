/**
 * Finds migration files as their tools lay them out and groups them into histories, each in the order its
 * tool applies it. A history is replayed into its own schema: two services of a monorepo may both have a
 * `users` table, and a snapshot is not a step of the history it sits beside.
 *
 * Snapshots (`schema.sql`, `structure.sql`, `db/schema.sql`) are each their own history. Beside a migration
 * history a snapshot is usually that history's end state (Rails `structure.sql`, sqlc's `schema.sql`), so
 * replaying the history on top of it would re-create tables it already has; replayed apart, the same column
 * seen in both merges into one inventory element through its storage (schema.table.column), and tables only
 * one of them knows are still reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { compareFlyway, compareNatural, parseFlywayName } from './natural-order.js';
import { listFiles } from '../list-files.js';

export type HistoryKind = 'prisma' | 'drizzle' | 'flyway' | 'up-down' | 'plain' | 'snapshot' | 'custom';

export interface MigrationHistory {
  /** The folder the tool reads (`prisma/migrations`, `db/migration`), the snapshot file, or the policy glob. */
  id: string;
  kind: HistoryKind;
  /** POSIX paths relative to the scan root, in the order the tool applies them. */
  files: string[];
}

/** Dependencies, build output and VCS data: never a project's own migrations (Maven copies Flyway's into target/). */
export const IGNORED_DIRS = ['node_modules', '.git', 'dist', 'build', 'out', 'target', 'coverage', 'vendor', '.next', '.turbo', '.venv', '__pycache__'];
const IGNORE = IGNORED_DIRS.map((d) => `**/${d}/**`);
const MIGRATION_DIRS = new Set(['migrations', 'migration', 'migrate', 'db_migrations']);

interface Placed {
  file: string;
  kind: HistoryKind;
  id: string;
}

/** The deepest enclosing folder named like a migrations folder, else the file's own folder. */
function migrationRoot(file: string): string {
  const parts = file.split('/').slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--) if (MIGRATION_DIRS.has(parts[i]!.toLowerCase())) return parts.slice(0, i + 1).join('/');
  return parts.join('/') || '.';
}

function isDrizzleFolder(root: string, dir: string, cache: Map<string, boolean>): boolean {
  let known = cache.get(dir);
  if (known === undefined) {
    known = basename(dir) === 'drizzle' || existsSync(join(root, dir, 'meta', '_journal.json'));
    cache.set(dir, known);
  }
  return known;
}

function place(root: string, file: string, drizzleCache: Map<string, boolean>): Placed | undefined {
  const parts = file.split('/');
  const name = parts[parts.length - 1]!;
  const dir = parts.slice(0, -1).join('/') || '.';
  // Prisma: <migrations>/<timestamp>_<name>/migration.sql; the lock file and README sit beside them.
  if (name === 'migration.sql' && parts.length >= 3 && parts[parts.length - 3] === 'migrations') {
    return { file, kind: 'prisma', id: parts.slice(0, -2).join('/') };
  }
  if (isDrizzleFolder(root, dir, drizzleCache)) return { file, kind: 'drizzle', id: dir };
  // Flyway undo (U) and baseline (B) scripts are not steps of the history.
  if (/^[UB]\d+(?:[._]\d+)*__.*\.sql$/.test(name)) return undefined;
  if (parseFlywayName(name)) return { file, kind: 'flyway', id: migrationRoot(file) };
  if (/(^|[._-])down\.sql$/i.test(name)) return undefined;
  if (/(^|[._-])up\.sql$/i.test(name)) return { file, kind: 'up-down', id: migrationRoot(file) };
  if (/^(schema|structure)\.sql$/i.test(name)) return { file, kind: 'snapshot', id: file };
  if (parts.slice(0, -1).some((p) => MIGRATION_DIRS.has(p.toLowerCase()))) return { file, kind: 'plain', id: migrationRoot(file) };
  return undefined;
}

/** Drizzle's journal lists migrations in the order it applies them; files it does not list come after. */
function drizzleOrder(root: string, dir: string): Map<string, number> {
  const order = new Map<string, number>();
  try {
    const journal = JSON.parse(readFileSync(join(root, dir, 'meta', '_journal.json'), 'utf8')) as { entries?: { idx?: number; tag?: string }[] };
    for (const [i, entry] of (journal.entries ?? []).entries()) if (entry.tag) order.set(`${entry.tag}.sql`, entry.idx ?? i);
  } catch {
    // No journal, or one we cannot read: the NNNN_ prefix orders the files just as well.
  }
  return order;
}

function sortHistory(root: string, history: MigrationHistory): void {
  // A custom history's id is a glob, not a folder: its files compare by their whole path.
  const relative = (file: string) => (history.id === '.' || history.kind === 'custom' ? file : file.slice(history.id.length + 1));
  if (history.kind === 'flyway') {
    history.files.sort((a, b) => compareFlyway(parseFlywayName(basename(a))!, parseFlywayName(basename(b))!) || compareNatural(a, b));
  } else if (history.kind === 'drizzle') {
    const order = drizzleOrder(root, history.id);
    const rank = (f: string) => order.get(basename(f)) ?? Number.MAX_SAFE_INTEGER;
    history.files.sort((a, b) => rank(a) - rank(b) || compareNatural(a, b));
  } else {
    history.files.sort((a, b) => compareNatural(relative(a), relative(b)));
  }
}

/** `listed`: every `.sql` file under the root when the caller listed them already (`listFiles`, IGNORED_DIRS). */
export async function findMigrationHistories(root: string, extraGlobs: string[] = [], listed?: readonly string[]): Promise<MigrationHistory[]> {
  const files = [...(listed ?? listFiles(root, ['.sql'], IGNORED_DIRS))].sort(compareNatural);
  const byId = new Map<string, MigrationHistory>();
  const drizzleCache = new Map<string, boolean>();
  const placed = new Set<string>();
  for (const file of files) {
    const where = place(root, file, drizzleCache);
    if (!where) continue;
    const key = `${where.kind}\u0000${where.id}`;
    let history = byId.get(key);
    if (!history) byId.set(key, (history = { id: where.id, kind: where.kind, files: [] }));
    history.files.push(file);
    placed.add(file);
  }
  // The policy's `sql:` globs: each glob is one history (its files may depend on each other), minus the
  // files a tool's layout already placed.
  // glob is loaded only for a policy that has `sql:` globs: loading it cost every run.
  const glob = extraGlobs.length ? (await import('glob')).glob : undefined;
  for (const pattern of extraGlobs) {
    const extra = (await glob!(pattern, { cwd: root, ignore: IGNORE, nodir: true, posix: true })).map((f) => posix.normalize(f)).filter((f) => !placed.has(f));
    if (extra.length === 0) continue;
    for (const f of extra) placed.add(f);
    byId.set(`custom\u0000${pattern}`, { id: pattern, kind: 'custom', files: extra });
  }
  const histories = [...byId.values()];
  for (const history of histories) sortHistory(root, history);
  return histories.sort((a, b) => compareNatural(a.id, b.id) || compareNatural(a.kind, b.kind));
}

/** Every migration file in replay order, history by history. */
export async function findMigrations(root: string, extraGlobs: string[] = []): Promise<string[]> {
  return (await findMigrationHistories(root, extraGlobs)).flatMap((h) => h.files);
}

