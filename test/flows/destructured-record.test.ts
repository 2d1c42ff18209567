/**
 * A bare `name` destructured beside an address (name-beside-destructured.ts) and the elements of a list a helper is
 * given (list-parameter-element.ts), on fixtures/flows/destructured-record: the real scan of an Express-style API in
 * JavaScript, one module importing the mailer through jsconfig.json's `baseUrl` (`import { sendMail } from
 * 'api/mailer'`, resolve-modules.ts). expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('destructured-record');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a person read from a destructured request or a list handed in', () => {
  it("reads `name` destructured beside `email` from one body as the person's name", () => {
    expect(at('api/routes.js', 6)).toEqual([['nodemailer', ['email', 'name'], ['sendMail', 'transporter.sendMail', 'nodemailer']]]);
  });

  it('reads a name destructured without an address beside it as no one’s', () => {
    expect(at('api/routes.js', 13)).toEqual([]);
  });

  it("resolves an import through jsconfig.json's baseUrl", () => {
    expect(at('api/signup.js', 7)).toEqual([['nodemailer', ['email', 'name'], ['sendMail', 'transporter.sendMail', 'nodemailer']]]);
    expect(at('api/signup.js', 9)).toEqual([]);
  });

  it("follows a list parameter's loop element to the mail, so the caller's members are its recipients", () => {
    expect(at('api/routes.js', 20)).toEqual([['nodemailer', ['email', 'name'], ['sendToAll', 'transporter.sendMail', 'nodemailer']]]);
    expect(at('api/routes.js', 22)).toEqual([]);
  });
});
