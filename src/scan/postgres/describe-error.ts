// How the scanner, the store and dsar word a PostgreSQL error: pg's own messages can quote row values.
/** One line a person understands; pg's own messages can quote values from rows, so they are reworded. */
export function describeError(error: unknown, where: string): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return `cannot connect to PostgreSQL at ${where}: connection refused`;
    case 'ENOTFOUND':
      return `cannot connect to PostgreSQL at ${where}: host not found`;
    case '28P01':
      return `cannot connect to PostgreSQL at ${where}: password authentication failed`;
    case '28000':
      return `cannot connect to PostgreSQL at ${where}: the server rejected the role or host`;
    case '3D000':
      return `cannot connect to PostgreSQL at ${where}: the database does not exist`;
    case '57014':
      return `a query on ${where} was cancelled by the statement timeout`;
    case '55P03':
      return `a query on ${where} waited too long for a lock`;
    case '42501':
      return `permission denied on ${where}`;
  }
  if (/timeout/i.test(e.message ?? '')) return `cannot connect to PostgreSQL at ${where}: timed out`;
  return `PostgreSQL error at ${where}${e.code ? ` (SQLSTATE ${e.code})` : ''}`;
}
