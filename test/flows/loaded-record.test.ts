/**
 * A record the caller loads itself and hands whole to a wrapper that reads its person fields (issue 12, session 12:
 * loaded-record.ts, record-member.ts): the flow is reported where the record is loaded; a record computed otherwise
 * keeps the flow at the wrapper's send. The real scan of fixtures/flows/loaded-record; expectations.test.ts
 * checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { isLoadedRecord } from '../../src/scan/code/loaded-record.js';
import type ts from 'typescript';
import { typescript } from '../../src/scan/code/typescript-api.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

describe('a record handed whole to a wrapper reading its fields', () => {
  it('is reported where the caller loads it, with the member the wrapper reads, and not where it was parsed from a row', async () => {
    const flows = await scanFlowFixture('loaded-record');
    const route = flows.filter((f) => f.location.file === 'src/invites-route.ts');
    expect(route.map((f) => [f.location.line, f.sinkId, f.categories, f.expressions])).toEqual([[11, 'nodemailer', ['email', 'name'], ['invite.email', 'invite.inviterName']]]);
  });
});

describe('what counts as a loaded record', () => {
  const value = (code: string) => {
    const file = typescript.createSourceFile('value.ts', `async function f() { const x = ${code}; }`, typescript.ScriptTarget.Latest, true);
    const fn = file.statements[0] as ts.FunctionDeclaration;
    const statement = fn.body!.statements[0] as ts.VariableStatement;
    return statement.declarationList.declarations[0]!.initializer;
  };

  it('reads a document snapshot and calls named for reading, through await and assertions', () => {
    expect(isLoadedRecord(value('inviteDoc.data()'))).toBe(true);
    expect(isLoadedRecord(value('(await prisma.user.findUnique({ where: { id } }))!'))).toBe(true);
    expect(isLoadedRecord(value('await getInviteById(id) as Invite'))).toBe(true);
  });

  it('reads a write handing the stored row back (session 13)', () => {
    expect(isLoadedRecord(value('await createApplicant(body)'))).toBe(true);
    expect(isLoadedRecord(value('await prisma.user.update({ where: { id }, data })'))).toBe(true);
  });

  it('does not read checks, sends, parsing or values', () => {
    expect(isLoadedRecord(value('await checkInvite(data)'))).toBe(false);
    expect(isLoadedRecord(value('await sendInvite(data)'))).toBe(false);
    expect(isLoadedRecord(value('await createdAtOf(data)'))).toBe(false);
    expect(isLoadedRecord(value('parseInviteRow(line)'))).toBe(false);
    expect(isLoadedRecord(value('{ email }'))).toBe(false);
    expect(isLoadedRecord(value('response.data(1)'))).toBe(false);
  });
});
