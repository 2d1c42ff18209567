/**
 * A person's whole record filling a message's template (record-in-template.ts): `renderTemplate(body, { ...mitglied,
 * kreis })` may put any of the member's fields in the text, so the mail hands over their email address and name; a
 * chapter's own record spread the same way names no one. The real scan of fixtures/flows/record-in-template (JavaScript);
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('record-in-template');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/notify.js' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe("a person's record filling a template", () => {
  it("reads the record spread into the template's data as the person's email address and name", () => {
    expect(at(8)).toEqual([['nodemailer', ['email', 'name'], ['data', 'mitglied']]]);
  });

  it("leaves an organisation's record unread", () => {
    expect(at(15)).toEqual([]);
  });
});
