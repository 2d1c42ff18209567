/**
 * A template filled with data (template-fill.ts): `getCompiledMailTemplate(path, content, 'html')` holds what
 * `content` holds, so the mail it becomes hands over the guest's first name. The real scan of
 * fixtures/flows/template-fill; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { isTemplateFill } from '../../src/flows/template-fill.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('template-fill');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/guest.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a template filled with data', () => {
  it("carries the data it was filled with into the mail's text", () => {
    expect(at(9)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('carries nothing more when filled with the system\'s data', () => {
    expect(at(16)).toEqual([['nodemailer', ['email']]]);
  });

  it('reads the name: a verb of filling beside a word for a message, never SQL', () => {
    expect(['getCompiledMailTemplate', 'compileTemplate', 'interpolateEmailTemplate', 'mailer.getRenderedHtmlForTemplate'].map(isTemplateFill)).toEqual([true, true, true, true]);
    expect(['compileSqlTemplate', 'getTemplate', 'compileSchema', 'renderRoute'].map(isTemplateFill)).toEqual([false, false, false, false]);
  });
});
