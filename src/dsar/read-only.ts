/**
 * One read-only session on the live database, the scanner's own (src/scan/postgres/read-only-session.ts: statement
 * 10 s, lock 2 s, connect 5 s): a data-subject request reads like a scan does, and never writes.
 */
import type pg from 'pg';
import { DatabaseError } from '../errors.js';
import { describeError } from '../scan/postgres/describe-error.js';
import { openReadOnlySession, type ReadOnlySession, type ReadOnlyTimeouts } from '../scan/postgres/read-only-session.js';
import { target } from '../scan/postgres/redact.js';

export type ReadOnlyOptions = ReadOnlyTimeouts;

/** pg's message for a bad value quotes the value; this one names only the column and type. */
export function describeDsarError(error: unknown, where: string, subject?: { column: string; type: string }): string {
  const code = (error as { code?: string }).code;
  if (subject && (code === '22P02' || code === '22007' || code === '22008' || code === '22003')) return `the --subject value is not a valid ${subject.type} for ${subject.column}`;
  return describeError(error, where);
}

export async function withReadOnly<T>(url: string | undefined, work: (client: pg.Client) => Promise<T>, options: ReadOnlyOptions = {}, subject?: { column: string; type: string }): Promise<T> {
  let session: ReadOnlySession | undefined;
  try {
    session = await openReadOnlySession(url, 'privmap dsar', options);
    return await work(session.client);
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    if ((error as { code?: string }).code === undefined) throw error;
    throw new DatabaseError(describeDsarError(error, target(url), subject));
  } finally {
    await session?.close();
  }
}
