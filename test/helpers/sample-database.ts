/**
 * A database holding the sample app's schema, for end-to-end CLI tests: a real PostgreSQL server when
 * PRIVMAP_TEST_PG_URL names one (CI), else PGlite served over the wire protocol so the same `pg` path runs.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { sampleApp } from './cli.js';

export interface SampleDatabase {
  url: string;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function migrations(): string[] {
  const dir = join(sampleApp, 'prisma', 'migrations');
  return readdirSync(dir).filter((d) => !d.endsWith('.toml')).sort().map((d) => readFileSync(join(dir, d, 'migration.sql'), 'utf8'));
}

async function run(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The sample schema, plus what the migrations do not know: an extra column and a table whose text column holds phone numbers. */
export async function startSampleDatabase(seed: string[] = []): Promise<SampleDatabase> {
  const setup = [...migrations(), ...seed];
  const admin = process.env.PRIVMAP_TEST_PG_URL;
  if (admin) {
    const name = `privmap_test_${process.pid}_${Date.now()}`;
    await run(admin, [`CREATE DATABASE ${name}`]);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    await run(url.toString(), setup);
    return { url: url.toString(), kind: 'postgres', close: () => run(admin, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]) };
  }
  const db = await PGlite.create();
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1' });
  await server.start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await run(url, setup);
  return {
    url,
    kind: 'pglite',
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
