/**
 * A sender made from a message builder (sender-factory.ts): `export const accountReactivated =
 * makeSend(accountReactivatedT)`, the factory's returned function building the mails with its arguments and sending
 * each. The real scan of fixtures/flows/sender-factory; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('sender-factory');
const at = (file: string, line: number) =>
  flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a sender made from a message builder', () => {
  it("reports the caller's record where the builder reads its address and name", () => {
    expect(at('src/notifications/user.ts', 11)).toEqual([['nodemailer', ['email', 'name'], ['user.email', 'user.name']]]);
    expect(at('src/notifications/user.ts', 14)).toEqual([['nodemailer', ['email'], ['admin.email']]]);
  });

  it('follows the sender exported from its module', () => {
    expect(at('src/routes/users.ts', 15)).toEqual([['nodemailer', ['email', 'name'], ['user.email', 'user.name']]]);
    expect(flows.find((f) => f.location.file === 'src/routes/users.ts' && f.location.line === 15)?.via).toEqual([
      'userNotifications.accountReactivated',
      'makeSend',
      'send',
      'transport.sendMail',
      'nodemailer',
    ]);
  });

  it('reads the record handed to a parameter whose member the builder writes as the recipient, whatever it is called', () => {
    expect(at('src/routes/users.ts', 24)).toEqual([['nodemailer', ['email'], ['result.value.email']]]);
  });

  it('reports nothing where the sender is declared', () => {
    expect(flows.filter((f) => f.location.file === 'src/notifications/user.ts' && (f.location.line ?? 0) > 14)).toEqual([]);
  });

  it("reads no sender where the factory never hands the builder the caller's arguments, or sends nothing", () => {
    expect(at('src/routes/users.ts', 17)).toEqual([]);
    expect(flows.filter((f) => f.container === 'previewFor')).toEqual([]);
    expect(at('src/notifications/user.ts', 67)).toEqual([]);
  });
});
