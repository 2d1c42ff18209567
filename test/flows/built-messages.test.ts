/**
 * Messages built by a function of the project (built-messages.ts): `sendEmail(WELCOME_EMAIL(user.email, user.name))`
 * where the builder, in another module, returns `{ to: email, text: \`Hi ${name}\` }`, hands the caller's values to the
 * wrapper under the builder's keys; a helper passing its own parameters to a builder keeps what the builder's
 * parameters are named for. The real scan of fixtures/flows/built-messages; expectations.test.ts checks ESLint reports
 * the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('built-messages');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `src/${file}` && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a message built by a function of another module', () => {
  it("reads the caller's arguments under the keys the builder returns", () => {
    expect(at('accounts.ts', 10)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("carries the builder's parameter names through a helper to its callers", () => {
    expect(at('accounts.ts', 17)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at('verify.ts', 8)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("leaves the system's mailbox, an organisation's name and a loaded message unread", () => {
    expect(at('accounts.ts', 22)).toEqual([]);
    expect(at('accounts.ts', 27)).toEqual([]);
    expect(flows.filter((f) => f.location.file?.startsWith('src/templates'))).toEqual([]);
  });
});
