/**
 * A service reached through a parameter and named for a delivery (parameter-service.ts): `context.mutations.sendEmail(
 * context, { to })` is an inferred mail recipient; a store reached the same way, or a method of the parameter
 * itself, is not. The real scan of fixtures/flows/parameter-service; expectations.test.ts checks ESLint agrees.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('parameter-service');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/accounts.js' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.inferred?.name]);

describe('a service reached through a parameter', () => {
  it('infers a mail service from a delivery-named member of the context', () => {
    expect(at(8)).toEqual([['inferred-email', ['email'], 'sendEmail']]);
  });

  it('infers nothing for a store reached the same way, or a callback of the parameter itself', () => {
    expect(at(10)).toEqual([]);
    expect(at(15)).toEqual([]);
    expect(flows).toHaveLength(1);
  });
});
