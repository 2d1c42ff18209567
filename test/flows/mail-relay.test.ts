/**
 * A mail posted to a service of no known owner (mail-shaped-post.ts), translated text holding its values
 * (translation-call.ts) and a person's record serialised into a body (serialised-record.ts): the real scan of
 * fixtures/flows/mail-relay; expectations.test.ts checks ESLint reports the same.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isTranslationCall } from '../../src/flows/translation-call.js';
import { serialisedRecord } from '../../src/flows/serialised-record.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

function callIn(code: string): ts.CallExpression {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const statement = file.statements[0] as ts.ExpressionStatement;
  return statement.expression as ts.CallExpression;
}

describe('a mail posted to a service of no known owner', () => {
  it('reaches an inferred mail service, reported where the student enters', async () => {
    const flows = (await scanFlowFixture('mail-relay')).filter((f) => f.sinkKind !== 'logs');
    expect(flows.map((f) => [f.location.file, f.location.line, f.sinkId, f.categories])).toEqual([
      ['src/meetings.ts', 15, 'inferred-email', ['email', 'name']],
      ['src/meetings.ts', 23, 'inferred-email', ['email', 'name']],
    ]);
    expect(flows[0]!.inferred?.evidence).toMatch(/mail's fields posted/);
    // The own API's `queueMail` and the pager's `{ to, text }` are not mails to a third party.
    expect(flows.some((f) => f.location.line === 16 || f.location.line === 17)).toBe(false);
  });

  it('reads the names from the translated text', async () => {
    const flows = await scanFlowFixture('mail-relay');
    expect(flows.find((f) => f.location.line === 15)!.expressions).toEqual(expect.arrayContaining(['student.first_name', 'student.last_name']));
    // The error object serialised beside carries nothing: line 24 has no flow.
    expect(flows.some((f) => f.location.line === 24)).toBe(false);
  });
});

describe('translation calls', () => {
  it('are read by the translator they are called on', () => {
    expect(isTranslationCall(callIn("t('mail.welcome', { name })"))).toBe(true);
    expect(isTranslationCall(callIn('t.meeting.body(first, last)'))).toBe(true);
    expect(isTranslationCall(callIn("i18n.t('x', values)"))).toBe(true);
    expect(isTranslationCall(callIn('intl.formatMessage(descriptor, { name })'))).toBe(true);
    expect(isTranslationCall(callIn("req.__('Hello %s', name)"))).toBe(true);
    expect(isTranslationCall(callIn('format.meeting.body(first, last)'))).toBe(false);
    expect(isTranslationCall(callIn('t()'))).toBe(false);
  });
});

describe('a serialised record', () => {
  it("writes out a person's record, not another object", () => {
    expect(serialisedRecord(callIn('JSON.stringify(student)'))).toEqual(['email', 'name']);
    expect(serialisedRecord(callIn('JSON.stringify(ctx.user)'))).toEqual(['email', 'name']);
    expect(serialisedRecord(callIn('JSON.stringify(error)'))).toEqual([]);
    expect(serialisedRecord(callIn('JSON.stringify(user.id)'))).toEqual([]);
  });
});
