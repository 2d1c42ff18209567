/**
 * A mail sent through a job queue and a worker as real apps wire them (fixtures/flows/queue-worker, the shape of a
 * pg-boss notifications worker): queue names written as constants both sides import (named-jobs.ts), the handler a
 * factory returns (returned-function.ts), the transporter handed over in a typed dependencies object
 * (typed-members.ts), the job read back through the worker's own validator (validation-result.ts), and recipients
 * loaded by a query the caller handed in (callback-results.ts). expectations.test.ts checks ESLint agrees.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('queue-worker');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `src/${file}` && f.location.line === line).map((f) => [f.sinkId, f.via, f.categories]);
const CHAIN = ['PgBoss.send', 'main/const:QUEUE_NAME', 'makeJobHandler', 'transporter.sendMail', 'nodemailer'];

describe('a mail sent through a queue and its worker', () => {
  it('reaches nodemailer from the job put on a queue named by a constant, through the handler a factory returns', () => {
    expect(at('receipts.ts', 6)).toEqual([['nodemailer', ['enqueueNotification', ...CHAIN], ['email']]]);
  });

  it('is no flow where the queue\'s handler sends nothing of the job (another constant, a summary that is no validation)', () => {
    expect(at('receipts.ts', 8)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/index.ts')).toEqual([]);
  });

  it('reads the transporter of a typed dependencies object, destructured in the body or in the parameter list', () => {
    expect(at('worker/jobHandler.ts', 21)).toEqual([['nodemailer', undefined, ['email']]]);
    expect(at('worker/jobHandler.ts', 37)).toEqual([['nodemailer', undefined, ['email']]]);
    // The audit handler's transporter (`{ store, transporter }: AuditDeps`) sends a fixed mailbox a count: nothing personal.
    expect(flows.filter((f) => f.location.file === 'src/worker/jobHandler.ts').map((f) => f.location.line)).toEqual([21, 37]);
  });

  it('takes the recipients a caller\'s query loads as data entering where they are sent, not the query\'s arguments', () => {
    expect(at('reminders.ts', 10)).toEqual([['nodemailer', ['enqueueNotification', ...CHAIN], ['email']]]);
    expect(at('reminders.ts', 16)).toEqual([]);
  });
});
