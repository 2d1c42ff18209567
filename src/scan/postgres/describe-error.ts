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
    case '53300':
      return `cannot connect to PostgreSQL at ${where}: the server has too many connections`;
    case '57P03':
      return `cannot connect to PostgreSQL at ${where}: the server is starting up or shutting down`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `cannot connect to PostgreSQL at ${where}: host unreachable`;
    case 'ECONNRESET':
      return `cannot connect to PostgreSQL at ${where}: the server closed the connection`;
  }
  const tls = tlsProblem(e.code, e.message);
  if (tls) return `cannot connect to PostgreSQL at ${where}: ${tls}`;
  // pg's own wording, with no code, when the socket closes under it: before the server answers (a proxy or pooler
  // with no server behind it, a firewall that resets) or mid-scan (a restart), so worded for both.
  if (/^Connection terminated unexpectedly/.test(e.message ?? '')) return `the connection to PostgreSQL at ${where} was closed by the server`;
  if (/timeout/i.test(e.message ?? '')) return `cannot connect to PostgreSQL at ${where}: timed out`;
  // Only a five-character code is a SQLSTATE; anything else (a Node or TLS code) is named as a code.
  const code = e.code ? (/^[0-9A-Z]{5}$/.test(e.code) ? ` (SQLSTATE ${e.code})` : ` (${e.code})`) : '';
  return `PostgreSQL error at ${where}${code}`;
}

/**
 * TLS, worded with what to change in the URL: managed databases ask for `sslmode=require`, which pg treats as
 * verify-full (the certificate is checked), so a self-signed or private CA's certificate fails there.
 */
function tlsProblem(code: string | undefined, message: string | undefined): string | undefined {
  if (/server does not support SSL/i.test(message ?? '')) return 'the server does not accept TLS (SSL) connections; remove sslmode from the URL or set sslmode=disable';
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return "the server's TLS certificate is not trusted (self-signed or from a private CA); add sslrootcert=<the CA's file> to the URL, or sslmode=no-verify to skip the check";
    case 'CERT_HAS_EXPIRED':
      return "the server's TLS certificate has expired";
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return "the server's TLS certificate is for another host name; connect by the name it was issued for";
  }
  return undefined;
}
