/**
 * A framework's registry of services by path (service-registry.ts): `app.use('/mails', new MailService())` at start-up
 * makes `this.app.service('mails').create({ email })` and a local `mailService = context.app.service('/mails')` reach
 * MailService.create's mail; the service registered at `/hash` keeps what it is given. The real scan of
 * fixtures/flows/service-registry; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('service-registry');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/users/invitations.js' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a service looked up by the path it is registered at', () => {
  it("reaches the registered class's method", () => {
    expect(at(11)).toEqual([['nodemailer', ['email'], ["this.app.service('mails').create", 'transport.sendMail', 'nodemailer']]]);
  });

  it('is followed through a local holding the looked-up service', () => {
    expect(at(22)).toEqual([['nodemailer', ['email'], ['mailService.create', 'transport.sendMail', 'nodemailer']]]);
  });

  it('reaches the class a required setup function declares and returns (`new (setup(app))()`)', () => {
    expect(at(30)).toEqual([['nodemailer', ['email'], ["context.app.service('notifications').create", 'transport.sendMail', 'nodemailer']]]);
  });

  it('reaches nothing where the service registered there sends nothing', () => {
    expect(at(13)).toEqual([]);
  });
});
