/** Connection strings in messages: the password never appears. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@/]*@/, '$1***@').replace(/([?&]password=)[^&]*/i, '$1***');
}

/** Where a URL points, for messages: `127.0.0.1:5432/app`. */
export function target(url: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (url) {
    try {
      const u = new URL(url);
      return `${u.hostname || 'localhost'}:${u.port || 5432}${u.pathname}`;
    } catch {
      return redactUrl(url);
    }
  }
  return `${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? 5432}/${env.PGDATABASE ?? env.PGUSER ?? ''}`;
}
