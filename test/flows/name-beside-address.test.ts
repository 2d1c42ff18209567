/**
 * A message's text made from a person's address and a bare name (name-beside-address.ts): `welcomeHtml(data.name,
 * data.email, organisation.name)` names the member, while an organisation's name beside an address, or a bare name
 * without one, is no one's. The real scan of fixtures/flows/name-beside-address; expectations.test.ts checks ESLint
 * reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('name-beside-address');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/welcome.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a bare name beside a person's address in a message's text", () => {
  it("is the person's name", () => {
    expect(at(13)).toEqual([['resend', ['email', 'name']]]);
  });

  it("leaves an organisation's name and a name without an address unread", () => {
    expect(at(19)).toEqual([['resend', ['email']]]);
    expect(at(24)).toEqual([]);
  });
});
