/**
 * One read-only session on the live database, with the scanner's timeouts (statement 10 s, lock 2 s,
 * connect 5 s): a data-subject request reads like a scan does, and never writes.
 */
import pg from 'pg';
import { DatabaseError } from '../errors.js';
import { describeError } from '../scan/postgres/index.js';
import { target } from '../scan/postgres/redact.js';

export interface ReadOnlyOptions {
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
}

/** pg's message for a bad value quotes the value; this one names only the column and type. */
export function describeDsarError(error: unknown, where: string, subject?: { column: string; type: string }): string {
  const code = (error as { code?: string }).code;
  if (subject && (code === '22P02' || code === '22007' || code === '22008' || code === '22003')) return `the --subject value is not a valid ${subject.type} for ${subject.column}`;
  return describeError(error, where);
}

export async function withReadOnly<T>(url: string | undefined, work: (client: pg.Client) => Promise<T>, options: ReadOnlyOptions = {}, subject?: { column: string; type: string }): Promise<T> {
  const where = target(url);
  const statementTimeout = options.statementTimeoutMs ?? 10_000;
  const client = new pg.Client({
    ...(url ? { connectionString: url } : {}),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: 'privmap dsar',
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 2_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseError(describeError(error, where));
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.floor(statementTimeout)}`);
    await client.query(`SET LOCAL lock_timeout = ${Math.floor(options.lockTimeoutMs ?? 2_000)}`);
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${Math.floor(statementTimeout * 3)}`);
    const result = await work(client);
    await client.query('ROLLBACK');
    return result;
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    if ((error as { code?: string }).code === undefined) throw error;
    throw new DatabaseError(describeDsarError(error, where, subject));
  } finally {
    await client.end().catch(() => {});
  }
}
