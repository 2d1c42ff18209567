import { UsageError } from '../../errors.js';

/**
 * A database URL that cannot be parsed is a usage error, found before any connection is tried. The message
 * never repeats the URL: it can hold a password. `source` names where it came from (`--db`, `$DATABASE_URL`).
 */
export function checkDatabaseUrl(url: string, source: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${source}: the database URL cannot be parsed (expected postgres://user@host:5432/database; a port is 1–65535); it is not shown because it can hold a password`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new UsageError(`${source}: the database URL must start with postgres:// or postgresql:// (it is not shown because it can hold a password)`);
  }
  if (parsed.port !== '' && Number(parsed.port) === 0) throw new UsageError(`${source}: the database URL has port 0; a port is 1–65535`);
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
    decodeURIComponent(parsed.pathname);
  } catch {
    throw new UsageError(`${source}: the database URL has a malformed %-escape (it is not shown because it can hold a password)`);
  }
}
