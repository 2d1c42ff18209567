/** Policies are committed to git, so a password or a URL with credentials in one is refused. */

/** `scheme://user:password@host`: a connection string with its password. */
export const URL_WITH_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i;

/** Keys that name a secret wherever they appear (`password`, `dbPassword`, `pass`, `secret`, `apiKey`, `token`). */
const SECRET_KEY = /^(db|database)?[-_]?pass(wd)?$|password|secret|api[-_]?key|^(access|auth|api)?[-_]?token$/i;

export const CREDENTIALS_ADVICE = 'never put credentials in the policy; name the environment variable that holds the URL instead (database.urlEnv)';

export interface CredentialProblem {
  path: string[];
  /** Point at the key (a secret-named key) rather than the value. */
  atKey: boolean;
  message: string;
}

/** Every credential in the raw policy, by path. The message never repeats the value. */
export function findCredentials(node: unknown, path: string[] = []): CredentialProblem[] {
  if (typeof node === 'string') {
    return URL_WITH_CREDENTIALS.test(node) ? [{ path, atKey: false, message: `this value is a URL with a password in it: ${CREDENTIALS_ADVICE}` }] : [];
  }
  if (Array.isArray(node)) return node.flatMap((item, index) => findCredentials(item, [...path, String(index)]));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      SECRET_KEY.test(key) && typeof value !== 'object'
        ? [{ path: [...path, key], atKey: true, message: `\`${[...path, key].join('.')}\` is not allowed: ${CREDENTIALS_ADVICE}` }]
        : findCredentials(value, [...path, key]),
    );
  }
  return [];
}

/** True when the value at `path` is itself a credential, so other messages must not echo it. */
export function holdsCredential(raw: unknown, path: string[]): boolean {
  const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], raw);
  return typeof value === 'string' && URL_WITH_CREDENTIALS.test(value);
}
