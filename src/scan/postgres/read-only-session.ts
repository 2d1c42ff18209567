/**
 * One read-only session on a live database, shared by the scanner and `privmap dsar`: one connection, one READ ONLY
 * transaction with statement, lock and idle timeouts, so reading a person's rows is exactly as safe as a scan.
 */
import pg from 'pg';
import { DatabaseError } from '../../errors.js';
import { describeError } from './describe-error.js';
import { target } from './redact.js';

export interface ReadOnlyTimeouts {
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
}

export interface ReadOnlySession {
  client: pg.Client;
  /** `host:port/db`: safe to print. */
  where: string;
  /** Rolls the transaction back (it never wrote) and closes the connection; never throws. */
  close(): Promise<void>;
}

/**
 * Connects (a failure becomes a one-line DatabaseError) and opens the read-only transaction. An error while opening
 * the transaction closes the connection and is thrown as pg gave it, for the caller to word.
 */
export async function openReadOnlySession(url: string | undefined, applicationName: string, options: ReadOnlyTimeouts = {}): Promise<ReadOnlySession> {
  const where = target(url);
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  const client = new pg.Client({
    ...(url ? { connectionString: url } : {}),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: applicationName,
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 2_000,
  });
  // A dropped connection emits 'error' outside any query; without a listener it would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseError(describeError(error, where));
  }
  const close = async () => {
    await client.query('ROLLBACK').catch(() => {});
    await client.end().catch(() => {});
  };
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.floor(statementTimeout)}`);
    await client.query(`SET LOCAL lock_timeout = ${Math.floor(options.lockTimeoutMs ?? 2_000)}`);
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${Math.floor(statementTimeout * 3)}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { client, where, close };
}
