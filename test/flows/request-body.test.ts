/**
 * A request's body handed whole to a helper that mails its members (`const gegevens = req.body; await
 * bevestig(gegevens)`, request-body.ts): the person's data leaves at the handler's call, as a loaded record's does; a
 * helper reading only the non-personal members of it, or the query string, is no flow there. The real scan of
 * fixtures/flows/request-body; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('request-body')).filter((f) => f.sinkKind !== 'logs' && f.location.file === 'backend/afspraken.js');
const at = (line: number) => flows.filter((f) => f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe("a request's body handed whole to a wrapper", () => {
  it('leaves at the handler, kept in a local or handed as written', () => {
    expect(at(9)).toEqual([['nodemailer', ['email', 'name'], ['bevestig', 'transport.sendMail', 'nodemailer']]]);
    expect(at(11)).toEqual([['nodemailer', ['email', 'name'], ['bevestig', 'transport.sendMail', 'nodemailer']]]);
  });

  it('is no flow where the helper reads nothing personal of it, nor for the query string', () => {
    expect(at(13)).toEqual([]);
    expect(at(15)).toEqual([]);
  });
});
