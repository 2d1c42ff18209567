/**
 * A bare name in one text beside a person's address (name-beside-address.ts `isBareNameInText`): a contact form's
 * mail writing out `Name: ${data.name}` and `Email: ${data.email}` names the person it gives the address of, while a
 * team's name beside an address, or a bare name in a text without one, is no one's. The real scan of
 * fixtures/flows/name-in-text; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('name-in-text');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/contact-form.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a bare name beside a person's address in one text", () => {
  it("is the person's name", () => {
    expect(at(10)).toEqual([['resend', ['email', 'name']]]);
  });

  it("leaves a team's name beside an address and a name without an address unread", () => {
    expect(at(16)).toEqual([['resend', ['email']]]);
    expect(at(21)).toEqual([]);
  });
});
