/**
 * A handler picked from a table of functions by a run-time key (dispatch-table.ts): `this.handlers[channel](job)` in a
 * class and `handlers[type](person)` at a module's top level reach whatever any of the table's functions reaches, so the
 * caller handing over the address is where it leaves; a table whose functions reach no one reports nothing. The real
 * scan of fixtures/flows/dispatch-table; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('dispatch-table');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a handler picked from a table of functions by a run-time key', () => {
  it("follows a class's table of handlers to the one that mails", () => {
    expect(at('src/notifications.ts', 9)).toEqual([['nodemailer', ['email'], ['MessageSender.process', 'this.handlers[]', 'MessageSender.sendEmail', 'transport.sendMail', 'nodemailer']]]);
  });

  it("follows a module's table naming its functions", () => {
    expect(at('src/notifications.ts', 17)).toEqual([['nodemailer', ['email'], ['onEvent', 'handlers[]', 'transport.sendMail', 'nodemailer']]]);
  });

  it('leaves the handler itself to its callers, and a table reaching no one unreported', () => {
    expect(flows.filter((f) => f.location.file === 'src/message-sender.ts' && f.location.line !== 29)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/counters.ts' || (f.location.file === 'src/notifications.ts' && f.location.line === 11))).toEqual([]);
  });
});
