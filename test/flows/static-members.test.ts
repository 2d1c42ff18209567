/**
 * A class exported as a CommonJS module's value (static-members.ts): `const MailService = require('./mail-service');
 * MailService.send({ address: booking.email })` reaches the class's static method and its transport; a static method
 * of a required class reaching no sink is no flow. The real scan of fixtures/flows/static-members; expectations.test.ts
 * checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { staticMethodOf } from '../../src/flows/static-members.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('static-members');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a static method called through a require of its class', () => {
  it("reaches the class's method and its vendor", () => {
    expect(at('src/booking-service.js', 8)).toEqual([['nodemailer', ['email'], ['MailService.send', 'transporter.sendMail', 'nodemailer']]]);
  });

  it('finds no flow through a static helper reaching no sink', () => {
    expect(flows.filter((f) => f.location.file === 'src/booking-service.js' && f.location.line !== 8)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/text-format.js')).toEqual([]);
  });

  it('reads only a class, and only a member it declares', () => {
    const declared = (file: string, fn: string) => file === 'a.js' && fn === 'Mailer.send';
    expect(staticMethodOf({ kind: 'class', file: 'a.js', name: 'Mailer' } as { kind: string }, 'send', declared)).toEqual({ kind: 'function', file: 'a.js', fn: 'Mailer.send' });
    expect(staticMethodOf({ kind: 'class', file: 'a.js', name: 'Mailer' } as { kind: string }, 'deliver', declared)).toBeUndefined();
    expect(staticMethodOf({ kind: 'object', file: 'a.js', members: {} } as { kind: string }, 'send', declared)).toBeUndefined();
  });
});
