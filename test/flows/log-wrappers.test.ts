/**
 * Log flows through a logger made in another module and wrapped (issue 12: domifa's `appLogger`, a Proxy around
 * a pino instance a project function decorates, imported through barrels), and sanitisers that cut a flow
 * (`pseudonymizeEmail(x)`, a local holding `redactEmail(x)`): the real scan over fixtures/flows/logs-across.
 * expectations.test.ts checks the same fixtures' `privmap-expect` comments through the CLI scan and ESLint.
 */
import { describe, expect, it } from 'vitest';
import { isSanitiserName } from '../../src/flows/sanitisers.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('logs-across');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via ?? []]);

describe('a logger exported through a Proxy, a wrapper and barrels', () => {
  it('is the logger where it is imported', () => {
    expect(at('exported-logger/src/users/user.service.ts', 13)).toEqual([['pino', ['email'], ['appLogger.info', 'pino']]]);
    // `rootLogger.child()` of the wrapped logger is one too.
    expect(at('exported-logger/src/users/user.service.ts', 15)).toEqual([['pino', ['phone'], ['auditLogger.warn', 'pino']]]);
  });

  it('reports nothing where it logs ids and counts, and nothing in the wrapper itself', () => {
    expect(at('exported-logger/src/users/user.service.ts', 17)).toEqual([]);
    expect(flows.filter((f) => f.location.file!.startsWith('exported-logger/src/util/'))).toEqual([]);
  });
});

describe('sanitisers cut a flow', () => {
  it("reads a pseudonymised or redacted email as no one's, under an email key or in a local named after it", () => {
    expect(at('sanitisers/src/contacts.ts', 16)).toEqual([]);
    expect(at('sanitisers/src/contacts.ts', 18)).toEqual([]);
  });

  it('leaves the raw email handed to the mailer and the logger a flow', () => {
    expect(at('sanitisers/src/contacts.ts', 20).map(([sink, categories]) => [sink, categories])).toEqual([['resend', ['email']]]);
    expect(at('sanitisers/src/contacts.ts', 22).map(([sink, categories]) => [sink, categories])).toEqual([['pino', ['email', 'name']]]);
  });

  it('knows a sanitiser by a word of its name, split as the detector splits', () => {
    for (const name of ['pseudonymizeEmail', 'redactEmail', 'maskPhone', 'hashEmail', 'anonymiseUser', 'obfuscatedName', 'REDACTED_EMAIL']) expect(isSanitiserName(name), name).toBe(true);
    for (const name of ['sanitizeHtml', 'truncateName', 'formatEmail', 'normalizePhone', 'unmaskedEmail', 'hashtag', 'getUser']) expect(isSanitiserName(name), name).toBe(false);
  });
});
