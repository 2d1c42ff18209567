/**
 * What a function of the same file builds (own-function-result.ts): `{ ...applicantForEmail(applicant) }` holds the
 * object that function returns (`applicant_email`, `applicant_first_name`, `applicant_phone`), also through `await` and a
 * `const` it returns; a function that may return anything but an object stays unread. The real scan of
 * fixtures/flows/own-function-result; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('own-function-result');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/applications.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a module's own object builder", () => {
  it('hands the keys of the object it returns to the data it is spread into', () => {
    expect(at(24)).toEqual([['nodemailer', ['email', 'name', 'phone']]]);
  });

  it('reads an awaited builder returning a const of its own', () => {
    expect(at(29)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('leaves a function returning anything but an object unread', () => {
    expect(at(34)).toEqual([]);
  });
});
