/**
 * A helper named for its argument's field (field-accessor-call.ts): `getFullName(context.user)` is read as
 * `context.user.fullName`, a person's name; `getName(context.team)` as `context.team.name`, no one's. The real scan
 * of fixtures/flows/field-accessor; expectations.test.ts checks ESLint reports the same.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { accessedField } from '../../src/flows/field-accessor-call.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('field-accessor');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/feedback.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a helper named for a field of its argument', () => {
  it("reads `getFullName(user)` as the user's full name", () => {
    // The helper's own reading of the record names the members it writes, beside the call.
    expect(at(11)).toEqual([['nodemailer', ['email', 'name'], ['context.user.email', 'context.user.firstname', 'context.user.lastname', 'getFullName(context.user)']]]);
  });

  it("reads `getName(team)` as the team's name, no one's", () => {
    expect(at(17)).toEqual([['nodemailer', ['email'], ['context.user.email']]]);
  });

  it('reads a member of its one argument only: a helper given a literal or a call builds something, one given ids looks up', () => {
    const call = (text: string) => (ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest).statements[0] as ts.ExpressionStatement).expression as ts.CallExpression;
    expect(accessedField(call('getFullName(context.user)'))?.field).toBe('fullName');
    expect(accessedField(call('formatName(customer)'))?.field).toBe('name');
    expect(accessedField(call("getEmail({ from: 'Maya <maya@example.com>', subject })"))).toBeUndefined();
    expect(accessedField(call('getEmail(buildMessage())'))).toBeUndefined();
    expect(accessedField(call('findUserByEmail(email)'))).toBeUndefined();
    expect(accessedField(call('getCellValue(tableId, recordId, fieldId)'))).toBeUndefined();
  });
});
