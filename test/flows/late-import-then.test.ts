/**
 * A module loaded late with `import()` and used in the promise's callback (session 29, a Brazilian court-booking app's
 * route handlers: `import('@/lib/gzappyService').then((gzappy) => { const { notificar } = gzappy; notificar(…) })`):
 * the callback's parameter is the module, taken apart in the body or in the parameter itself, so its functions are
 * linked as if imported at the top. The real scan of fixtures/flows/late-import-then.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('late-import-then');
const booking = flowsAtIn(flows, 'src/routes/booking.ts');

describe("a module loaded late with import() and used in the promise's callback", () => {
  it('links a function destructured from the callback parameter in the body', () => {
    expect(booking(8)).toEqual([['twilio', ['name', 'phone']]]);
  });

  it("links a function destructured in the callback's parameter", () => {
    expect(booking(14)).toEqual([['twilio', ['name', 'phone']]]);
  });
});
