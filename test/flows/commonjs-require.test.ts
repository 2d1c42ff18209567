/**
 * CommonJS modules (commonjs-exports.ts, and the per-file gate in module-exports.ts): `module.exports = { sendEmail }`
 * required as `const mailservice = require('../utils/mailservice')` is followed as an ES import is, so the caller
 * handing `user.email` to the wrapper is a flow to the wrapper's vendor; a required helper reaching no sink is none.
 * The real scan of fixtures/flows/commonjs-require; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('commonjs-require');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a wrapper exported and required the CommonJS way', () => {
  it("follows the required module to the wrapper's vendor", () => {
    expect(at('api/controllers/user.js', 7)).toEqual([['nodemailer', ['email'], ['mailservice.sendEmail', 'transporter.sendMail', 'nodemailer']]]);
  });

  it('finds no flow through a required helper that reaches no sink', () => {
    expect(flows.filter((f) => f.location.file === 'api/controllers/user.js' && f.location.line !== 7)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'api/utils/format.js')).toEqual([]);
  });
});
