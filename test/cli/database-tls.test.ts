/**
 * `--db` URLs as managed databases hand them out (`?sslmode=require`): the user gets one line saying what to
 * change in the URL, never pg's ten-line security warning or "PostgreSQL error" with a TLS code called a SQLSTATE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync, sampleApp } from '../helpers/cli.js';
import { startSampleDatabase, type SampleDatabase } from '../helpers/sample-database.js';
import { describeError } from '../../src/scan/postgres/describe-error.js';

describe('privmap scan --db with TLS settings', () => {
  let db: SampleDatabase;
  beforeAll(async () => {
    db = await startSampleDatabase();
  });
  afterAll(async () => db?.close());

  // PGlite's socket server, like a PostgreSQL without `ssl = on`, refuses TLS.
  it('says the server does not accept TLS, and what to change, in one line without the password', async () => {
    const url = new URL(db.url);
    url.password = 'hunter2-secret';
    url.searchParams.set('sslmode', 'require');
    const result = await runCliAsync(['scan', sampleApp, '--db', url.toString(), '-q']);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^privmap: error cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/\w+: the server does not accept TLS \(SSL\) connections; remove sslmode from the URL or set sslmode=disable$/);
    // pg's own warning about what sslmode=require means, once and in one line.
    expect(lines.length).toBeLessThanOrEqual(2);
    if (lines.length === 2) expect(lines[0]).toMatch(/^privmap: warning SECURITY WARNING: The SSL modes/);
    expect(result.stderr).not.toContain('hunter2');
    expect(result.stderr).not.toContain('trace-warnings');
  });
});

describe('describeError for TLS failures pg reports with Node codes', () => {
  it('names an untrusted certificate and the URL settings that fix it, not a SQLSTATE', () => {
    const text = describeError(Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'db.example:5432/app');
    expect(text).toBe("cannot connect to PostgreSQL at db.example:5432/app: the server's TLS certificate is not trusted (self-signed or from a private CA); add sslrootcert=<the CA's file> to the URL, or sslmode=no-verify to skip the check");
  });

  it('keeps SQLSTATE for five-character server codes only', () => {
    expect(describeError({ code: 'XX000', message: 'a row value' }, 'h:1/d')).toBe('PostgreSQL error at h:1/d (SQLSTATE XX000)');
    expect(describeError({ code: 'EPROTO', message: 'x' }, 'h:1/d')).toBe('PostgreSQL error at h:1/d (EPROTO)');
  });
});
