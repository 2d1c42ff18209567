/**
 * A template engine's render given a template and its data (render-data.ts): `nunjucks.render('invite.jinja',
 * { invitedBy: invite.inviterFullName })` fills the mail's HTML with the inviter's name; a template filled with a
 * link only adds nothing. The real scan of fixtures/flows/render-data; expectations.test.ts checks ESLint reports
 * the same.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { renderedData } from '../../src/flows/render-data.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('render-data');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/email.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

/** The data arguments `renderedData` finds in one call written as code. */
function dataOf(code: string): string[] | undefined {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const call = (file.statements[0] as ts.ExpressionStatement).expression as ts.CallExpression;
  return renderedData(call)?.map((a) => a.getText(file));
}

describe("a template engine's render", () => {
  it('carries the data the template is filled with into the mail', () => {
    expect(at(10)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(at(17)).toEqual([['nodemailer', ['email']]]);
  });

  it('takes the arguments after a template name or source, never an element and its options', () => {
    expect(dataOf("nunjucks.render('invite.jinja', { name })")).toEqual(['{ name }']);
    expect(dataOf('ejs.renderFile(path, data)')).toEqual(['data']);
    expect(dataOf('render(<Welcome name={name} />, { pretty: true })')).toBeUndefined();
    expect(dataOf("nunjucks.render('invite.jinja')")).toBeUndefined();
    expect(dataOf("client.send('invite.jinja', { name })")).toBeUndefined();
  });
});
