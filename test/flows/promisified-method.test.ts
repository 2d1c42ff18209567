/**
 * A client's method made to return a promise (`promisify(transporter.sendMail.bind(transporter))`,
 * `bluebird.promisify(smtp.sendMail, smtp)` handed out by a prototype's method) is that method
 * (promisified-method.ts), on the real scan of fixtures/flows/promisified-method.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('promisified-method')).filter((f) => f.sinkKind !== 'logs');
const at = (line: number) => flows.filter((f) => f.location.file === 'lib/mailer.js' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a promisified client method', () => {
  it("reads Node's promisify of a bound transport method as the transport's sendMail", () => {
    expect(at(14)).toEqual([['nodemailer', ['email']]]);
  });

  it("reads a promisified method handed out by the prototype's own method as that method", () => {
    expect(at(37)).toEqual([['nodemailer', ['email']]]);
  });

  it('reports nothing for a promisified method of a module that sends nowhere, direct or handed out', () => {
    expect(at(20)).toEqual([]);
    expect(at(50)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'lib/mailer.js').map((f) => f.location.line)).toEqual([14, 37]);
  });
});
