/**
 * An empty PostgreSQL database for store tests: a fresh database on the real server when PRIVMAP_TEST_PG_URL
 * names one (CI), else PGlite served over the wire protocol with room for concurrent connections (its queue
 * keeps a transaction's statements together, so concurrent pushes interleave only between transactions).
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export interface StoreDatabase {
  url: string;
  kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function querier(url: string): StoreDatabase['query'] {
  return async (sql, values) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, values as unknown[])).rows;
    } finally {
      await client.end();
    }
  };
}

export async function startStoreDatabase(): Promise<StoreDatabase> {
  const admin = process.env.PRIVMAP_TEST_PG_URL;
  if (admin) {
    const name = `privmap_store_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await run(admin, `CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return { url: url.toString(), kind: 'postgres', query: querier(url.toString()), close: () => run(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 32 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  return {
    url,
    kind: 'pglite',
    query: querier(url),
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
