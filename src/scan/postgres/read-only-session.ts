/**
 * One read-only session on a live database, shared by the scanner and `privmap dsar`: one connection, one READ ONLY
 * transaction with statement, lock and idle timeouts, so reading a person's rows is exactly as safe as a scan.
 */
import type pg from 'pg';
import { connectClient } from './connect-client.js';
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
  const client = await connectClient(url, where, {
    applicationName,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    statementTimeoutMs: statementTimeout,
    queryGraceMs: 2_000,
  });
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
