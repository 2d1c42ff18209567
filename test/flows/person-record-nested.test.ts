/**
 * A person's record one level down (person-record-nested.ts): Stripe's `metadata: { email, name, phone }` holds the
 * buyer's name beside their address and phone; a team's name beside the owner's address stays a team's. The real scan
 * of fixtures/flows/nested-record; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('nested-record');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/checkout.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a person's record nested in a sink's argument", () => {
  it("reads a bare `name` beside the buyer's email and phone as their name", () => {
    expect(at(9)).toEqual([['stripe', ['email', 'name', 'phone']]]);
  });

  it("leaves a team's name a team's", () => {
    expect(at(15)).toEqual([['stripe', ['email']]]);
  });
});
