/**
 * A CommonJS module whose value is an instance of a class of the file (`module.exports = new
 * BenachrichtigungsDienst()`), required and called by its methods (commonjs-instance.ts), on the real scan of
 * fixtures/flows/commonjs-instance.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('commonjs-instance')).filter((f) => f.sinkKind !== 'logs');

describe('module.exports = new Service()', () => {
  it("follows the required instance's method to the vendor, the recipient read by its role", () => {
    const found = flows.filter((f) => f.location.file === 'api/routen/buchungen.js');
    expect(found.map((f) => [f.location.line, f.sinkId, f.categories, f.via])).toEqual([[9, 'nodemailer', ['email'], ['benachrichtigung.sendeBestaetigung', 'this.transport.sendMail', 'nodemailer']]]);
  });

  it('reports no flow through a method of the instance that only builds text', () => {
    expect(flows.filter((f) => f.location.file === 'api/routen/buchungen.js' && f.location.line === 11)).toEqual([]);
  });
});
