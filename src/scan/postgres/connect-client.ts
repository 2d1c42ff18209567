/**
 * One pg connection with the timeouts every privmap session sets (the scanner's, `dsar`'s and the store's):
 * a connect timeout, a server-side statement timeout and a client-side query timeout a little longer, so a
 * slow or silent server gives a clear message instead of a hang. A failure to connect becomes a one-line
 * DatabaseError naming only host, port and database.
 */
import { createRequire } from 'node:module';
import type pg from 'pg';
import { DatabaseError } from '../../errors.js';
import { describeError } from './describe-error.js';

export interface ClientSettings {
  applicationName: string;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** How much longer the client waits for a query than the server lets it run. */
  queryGraceMs: number;
}

export async function connectClient(url: string | undefined, where: string, settings: ClientSettings): Promise<pg.Client> {
  // Loaded when a database is connected to, not at start: a code scan has no use for the driver.
  const { Client } = createRequire(import.meta.url)('pg') as typeof import('pg');
  const client = new Client({
    ...(url ? { connectionString: url } : {}),
    connectionTimeoutMillis: settings.connectTimeoutMs,
    application_name: settings.applicationName,
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: settings.statementTimeoutMs + settings.queryGraceMs,
  });
  // A dropped connection emits 'error' outside any query; without a listener it would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseError(describeError(error, where));
  }
  return client;
}
