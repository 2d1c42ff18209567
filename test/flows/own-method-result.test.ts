/**
 * What a class's own builder method returns (own-method-result.ts): `const message = this.buildInvitation(adviser)`
 * holds the object that method returns, so sending it hands over the adviser's address and name; a sibling method
 * returning a number hands back nothing. The real scan of fixtures/flows/own-method-result; expectations.test.ts
 * checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('own-method-result');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/appointments.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a class's own builder method", () => {
  it('hands the object it returns to the local it initialises', () => {
    expect(at(16)).toEqual([['resend', ['email', 'name']]]);
  });

  it('leaves a method returning anything but an object or a model unread', () => {
    expect(at(22)).toEqual([]);
  });
});
