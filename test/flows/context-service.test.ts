/**
 * A service taken out of a request's context and named for a delivery (context-service.ts): Hono's `c.get('ctx')`,
 * destructured (`const { email } = c.get('ctx')`) or whole (`ctx.email.sendEmailTemplate`), is an inferred mail
 * recipient; a store of the same context is not. The real scan of fixtures/flows/context-service;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('context-service');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/routes.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.inferred?.name]);

describe("a service taken out of a request's context", () => {
  it('infers a mail service from a member destructured from the context', () => {
    expect(at(22)).toEqual([['inferred-email', ['email', 'name'], 'sendEmailTemplate']]);
  });

  it("infers it from the context's member called on the whole local", () => {
    expect(at(30)).toEqual([['inferred-email', ['email'], 'sendEmailTemplate']]);
  });

  it('infers nothing for a store of the same context', () => {
    expect(at(32)).toEqual([]);
    expect(flows).toHaveLength(2);
  });
});
