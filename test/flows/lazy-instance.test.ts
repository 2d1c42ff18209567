/**
 * A function handing out an instance it made once and keeps in a module variable (`if (!client) client = new
 * MailClient(); return client`) makes instances of that class (issue 12, flows through the app's own wrappers;
 * src/scan/code/lazy-instance.ts): the real scan over fixtures/flows/lazy-instance, in the getter's file and through
 * an import. expectations.test.ts checks the fixture's `privmap-expect` comments through the CLI scan and ESLint.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('lazy-instance');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `src/${file}` && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a lazily made instance', () => {
  it("calls the class's method where the getter is imported and where it is of the same file", () => {
    expect(at('subscriptions.ts', 20)).toEqual([['nodemailer', ['email'], ['getMailClient.sendConfirmation', 'this.transport.sendMail', 'nodemailer']]]);
    expect(at('channels.ts', 15)).toEqual([['nodemailer', ['email'], ['getClient.sendConfirmation', 'this.transport.sendMail', 'nodemailer']]]);
  });

  it('reports nothing for a class that sends nothing, or a call handing over no one', () => {
    expect(at('subscriptions.ts', 21)).toEqual([]);
    expect(at('channels.ts', 18)).toEqual([]);
  });
});
