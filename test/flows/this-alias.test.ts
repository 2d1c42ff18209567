/**
 * The object itself under another name (this-alias.ts): `var that = this` at the top of a method, then
 * `that.sendTranscript(lead.email)` in a callback reaches the class's own sending method, as `this.sendTranscript`
 * would; a local holding another object (`const that = archive`) does not. The real scan of fixtures/flows/this-alias;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('this-alias');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/request-notification.js' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a local made as `this`', () => {
  it("reaches the class's own method", () => {
    expect(at(13)).toEqual([['nodemailer', ['email'], ['RequestNotification.sendTranscript', 'transport.sendMail', 'nodemailer']]]);
  });

  it('is not a local holding another object', () => {
    expect(at(22)).toEqual([]);
  });
});
