/**
 * One connection to the store. The URL comes from `--store` or PRIVMAP_STORE_URL and is never printed: messages
 * name only host, port and database (src/scan/postgres/redact.ts), and pg's own messages are reworded.
 */
import type pg from 'pg';
import { DatabaseError, UsageError } from '../errors.js';
import { connectClient } from '../scan/postgres/connect-client.js';
import { describeError } from '../scan/postgres/describe-error.js';
import { target } from '../scan/postgres/redact.js';

export const STORE_URL_ENV = 'PRIVMAP_STORE_URL';

export interface StoreConnection {
  client: pg.Client;
  /** `host:port/db`: safe to print. */
  where: string;
  close(): Promise<void>;
}

export interface StoreConnectOptions {
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** The flag, else the environment variable; a flag that looks like an env var name is read from there. */
export function resolveStoreUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag || env[STORE_URL_ENV];
  if (!url) throw new UsageError(`no store: pass --store <url> or set ${STORE_URL_ENV}`);
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new UsageError(`the store must be a postgres:// or postgresql:// URL (got one for ${target(url)})`);
  return url;
}

export async function connectStore(url: string, options: StoreConnectOptions = {}): Promise<StoreConnection> {
  const where = target(url);
  const statementTimeout = options.statementTimeoutMs ?? 120_000;
  const client = await connectClient(url, where, {
    applicationName: 'privmap store',
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    statementTimeoutMs: statementTimeout,
    queryGraceMs: 5_000,
  });
  return { client, where, close: () => client.end().catch(() => {}) };
}

/** Runs `work` in one transaction; any database error becomes a one-line DatabaseError naming the store. */
export async function inTransaction<T>(store: StoreConnection, work: (client: pg.Client) => Promise<T>, mode = ''): Promise<T> {
  const { client } = store;
  try {
    await client.query(`BEGIN${mode ? ` ${mode}` : ''}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof DatabaseError || error instanceof UsageError) throw error;
    const e = error as { code?: string; message?: string };
    // Schema errors (a missing table, a failed constraint) say which: they carry no row values.
    const detail = e.code && /^(42|23|40)/.test(e.code) ? `: ${(e.message ?? '').split('\n')[0]}` : '';
    throw new DatabaseError(`${describeError(error, `the store at ${store.where}`)}${detail}`);
  }
}
