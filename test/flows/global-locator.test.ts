/**
 * A global service locator (src/scan/code/global-members.ts, src/flows/global-members.ts) and a CommonJS module
 * exported as an object written inline (commonjs-exports.ts): `APP.mail = require('./core/mail').init()` at start-up,
 * `APP.mail.send({ to: email })` in a module declaring `/* global APP *\/`, is a call of the mail module's `send`. A
 * member given a module reaching no sink, and a member no module is given, are no flow. The real scan of
 * fixtures/flows/global-locator; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('global-locator');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a global object used as a service locator', () => {
  it("joins a global's member to the module it was given", () => {
    expect(at('server/models/users.js', 6)).toEqual([['nodemailer', ['email'], ['APP.mail.send', 'this.transport.sendMail', 'nodemailer']]]);
  });

  it('finds no flow through a member reaching no sink, or one no module is given', () => {
    expect(flows.filter((f) => f.location.file === 'server/models/users.js' && f.location.line !== 6)).toEqual([]);
  });
});

describe('a CommonJS module exported as an object written inline', () => {
  it("follows the required module to its method's vendor", () => {
    expect(at('server/models/reset.js', 5)).toEqual([['nodemailer', ['email'], ['mail.send', 'this.transport.sendMail', 'nodemailer']]]);
  });
});
