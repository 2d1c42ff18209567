/**
 * Session 14's wrapper readings, each on its fixture under fixtures/flows (expectations.test.ts checks ESLint reports
 * the same): a helper answering what the vendor answered (`return await res.json()`, response-read.ts), a local written
 * as a literal (literal-local.ts), a component rendered under `html` (email-element.ts), a member's name that is no
 * parameter (`req.session.user.email`, flow-facts.ts) and a function wrapped by a higher-order call
 * (wrapped-function.ts), a constant written as a literal that is no person's record (record-in-message.ts) and
 * Sentry's event hint, which is never sent (capture-hint.ts), and a role reached through a key built from several
 * parameters (composite-role.ts), and a record read by a curried look-up (loaded-record.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

async function flowsAt(folder: string, file: string) {
  const flows = await scanFlowFixture(folder);
  return (line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories]);
}

describe('a helper answering what the vendor answered', () => {
  it("is a wrapper, so the caller's address reaches Brevo where it enters", async () => {
    const at = await flowsAt('response-read', 'src/signup.ts');
    expect(at(6)).toEqual([['brevo', ['email']]]);
    expect(at(8)).toEqual([]);
  });
});

describe('a local written as a literal', () => {
  it('carries what the literal holds beside what its name says', async () => {
    const at = await flowsAt('literal-local', 'src/reminders.ts');
    expect(at(9)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(16)).toEqual([['nodemailer', ['email']]]);
  });
});

describe('a component rendered under a mail\'s html key', () => {
  it('puts its props in the mail whatever it is called, and only under a text key', async () => {
    const at = await flowsAt('html-component', 'src/account.ts');
    expect(at(10)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(13)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("a member's name is no parameter", () => {
  it("does not read `req.session.user` as the helper's parameter `user`", async () => {
    const at = await flowsAt('member-name', 'src/profile.ts');
    expect(at(9)).toEqual([]);
    expect(at(11)).toEqual([['sentry', ['email', 'name']]]);
  });
});

describe('a function wrapped by a higher-order call', () => {
  it('is that function for its callers', async () => {
    const at = await flowsAt('wrapped-function', 'src/signup.ts');
    expect(at(6)).toEqual([['brevo', ['email']]]);
    expect(at(8)).toEqual([]);
  });
});

describe('a constant written as a literal in a message\'s data', () => {
  it("is a kind, no person's record, where a member's record is one", async () => {
    const at = await flowsAt('constant-record', 'src/invite.ts');
    expect(at(8)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(11)).toEqual([['nodemailer', ['email']]]);
  });
});

describe("Sentry's event hint", () => {
  it('stays in the process, where a capture context is sent', async () => {
    const at = await flowsAt('capture-hint', 'src/audit.ts');
    expect(at(13)).toEqual([['sentry', ['name']]]);
    expect(at(15)).toEqual([]);
    expect(at(17)).toEqual([['sentry', ['name']]]);
    const caller = await flowsAt('capture-hint', 'src/profile.ts');
    expect(caller(5)).toEqual([]);
  });
});

describe('a role reached through a key built from several parameters', () => {
  it('is no one parameter\'s: the text beside the address is not an address', async () => {
    const flows = await scanFlowFixture('composite-role');
    const at15 = flows.filter((f) => f.location.file === 'src/decline.ts' && f.location.line === 15);
    expect(at15.map((f) => [f.sinkId, f.categories, f.expressions])).toEqual([['nodemailer', ['email'], ['request.params.note']]]);
  });
});

describe('a record read by a curried look-up', () => {
  it('is loaded by the caller, which decides whose it is; a record made otherwise is not', async () => {
    const at = await flowsAt('curried-read', 'src/invites.ts');
    expect(at(10)).toEqual([['nodemailer', ['email']]]);
    expect(at(13)).toEqual([]);
  });
});
