/**
 * A call written as data to be made later (deferred-call.ts): `new Task({ method: mail._send, args: [to, …] })` queued
 * by the app's mail module, and `setTimeout(mail._send, 1000, to, …)`, call `_send` with those arguments, so the
 * module's callers are judged by what they hand it; the module is `module.exports = mail`, an object of the file,
 * whose members a requiring module calls (commonjs-object.ts). The real scan of fixtures/flows/deferred-call;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('deferred-call');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `server/${file}` && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a call queued as a function and its arguments', () => {
  it('reaches the mail transport from the queued task', () => {
    expect(at('accounts.js', 10)).toEqual([['email-templates', ['email'], ['mail.send', '_send', 'email.send', 'email-templates']]]);
  });

  it('reaches it from a timer given the function and its arguments', () => {
    expect(at('accounts.js', 17)).toEqual([['email-templates', ['email'], ['mail.remind', '_send', 'email.send', 'email-templates']]]);
  });

  it("reports nothing for the system's own address, nor for a request whose `method` is a verb", () => {
    expect(at('accounts.js', 23)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'server/jobs.js')).toEqual([]);
  });
});
