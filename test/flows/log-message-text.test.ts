/**
 * What a log message's own text says of the values it writes out (issue 12, log flows; src/flows/log-message-text.ts):
 * an address put together in the text (`${login}@${MAILBOX_DOMAIN}`) and a label right before a value
 * (`email=${mail}`, `'Email:', mail`). The real scan over fixtures/flows/log-message-text; expectations.test.ts
 * checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('log-message-text');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/mailbox-worker.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a log message's own text", () => {
  it('reads a local part joined to a domain by `@` as an email address', () => {
    expect(at(14)).toEqual([['conventional-logger', ['email']]]);
  });

  it('reads a value by the label right before it', () => {
    expect(at(16)).toEqual([['conventional-logger', ['email', 'phone']]]);
    expect(at(18)).toEqual([['conventional-logger', ['email']]]);
  });

  it("leaves the system's sender, a URL's user, an id, an organisation's name and running text unread", () => {
    for (const line of [20, 21, 22, 23, 24, 26, 27]) expect(at(line), `line ${line}`).toEqual([]);
  });
});
