/**
 * `privmap store init`: creates or upgrades the store's schema. Safe to run from every CI job at once: one
 * transaction under a transaction-level advisory lock, so concurrent runs wait and then find nothing to do.
 */
import type pg from 'pg';
import { DatabaseError } from '../errors.js';
import { inTransaction, type StoreConnection } from './connect.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';

/** The advisory lock key of store migrations ("privmap" in ASCII, as a number nobody else picks). */
export const MIGRATION_LOCK = 0x7072_6976_6d61_70n;

export interface MigrateResult {
  from: number;
  to: number;
  applied: { version: number; name: string }[];
}

export async function storeVersion(client: pg.Client): Promise<number> {
  const exists = await client.query(`SELECT to_regclass('privmap.schema_migrations') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return 0;
  const { rows } = await client.query('SELECT coalesce(max(version), 0)::integer AS version FROM privmap.schema_migrations');
  return rows[0].version;
}

/** Applies the migrations the store lacks, up to `target` (the latest by default; tests stop earlier). */
export async function migrateStore(store: StoreConnection, targetVersion = LATEST_VERSION): Promise<MigrateResult> {
  return inTransaction(store, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query('CREATE SCHEMA IF NOT EXISTS privmap');
    await client.query(`CREATE TABLE IF NOT EXISTS privmap.schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const from = await storeVersion(client);
    if (from > LATEST_VERSION) {
      throw new DatabaseError(`the store at ${store.where} is at schema version ${from}, newer than this privmap knows (${LATEST_VERSION}); upgrade privmap`);
    }
    const applied: MigrateResult['applied'] = [];
    for (const migration of MIGRATIONS) {
      if (migration.version <= from || migration.version > targetVersion) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO privmap.schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push({ version: migration.version, name: migration.name });
    }
    return { from, to: Math.max(from, ...applied.map((a) => a.version)), applied };
  });
}

/** Push and report need the schema this privmap writes; they never migrate on their own. */
export async function requireCurrentStore(store: StoreConnection): Promise<void> {
  let version: number;
  try {
    version = await storeVersion(store.client);
  } catch (error) {
    throw new DatabaseError(`cannot read the store at ${store.where} (${(error as { code?: string }).code ?? 'unknown error'})`);
  }
  if (version === 0) throw new DatabaseError(`no privmap store at ${store.where}: run \`privmap store init\` first`);
  if (version < LATEST_VERSION) throw new DatabaseError(`the store at ${store.where} is at schema version ${version}; run \`privmap store init\` to upgrade it to ${LATEST_VERSION}`);
  if (version > LATEST_VERSION) throw new DatabaseError(`the store at ${store.where} is at schema version ${version}, newer than this privmap knows (${LATEST_VERSION}); upgrade privmap`);
}
