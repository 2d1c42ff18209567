/**
 * Session 19's flow-precision guards, each over a real scan of its fixture (expectations.test.ts checks that ESLint
 * reports the same flows there):
 * - a replace whose written replacement puts mask characters for what it matched is a sanitiser (sanitisers.ts);
 * - a `name` or login-shaped `userName` parameter beside one named for an address is the person's name in the function's
 *   own body too (name-param-in-body.ts; log recall);
 * - an HTTP client whose base is the page's own origin (`window.location.origin + …`) is the app's own back end
 *   (http-base.ts), as a relative base is.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const masked = await scanFlowFixture('masked-replace');
const params = await scanFlowFixture('name-param-in-body');
const origin = await scanFlowFixture('page-origin');
const at = (flows: typeof masked, file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe('a masking replace', () => {
  it('hands on a masked form: no flow through it, in place or through the local it initialised', () => {
    expect(at(masked, 'src/bookings.ts', 8)).toEqual([]);
    expect(at(masked, 'src/bookings.ts', 9)).toEqual([]);
    expect(at(masked, 'src/bookings.ts', 10)).toEqual([]);
  });

  it('leaves a replace that only cleans the value (no mask text, or nothing put in) a flow', () => {
    expect(at(masked, 'src/bookings.ts', 13)).toEqual([['pino', 'logger.info', ['email']]]);
    expect(at(masked, 'src/bookings.ts', 15)).toEqual([['pino', 'logger.info', ['email']]]);
  });
});

describe('a name parameter beside an address, read in its own body', () => {
  it("is the person's name where the function logs it", () => {
    expect(at(params, 'src/email-service.js', 5)).toEqual([['console', 'console.log', ['email', 'name']]]);
    expect(at(params, 'src/email-service.js', 7)).toEqual([['console', 'console.log', ['name']]]);
    expect(at(params, 'src/email-service.js', 12)).toEqual([['console', 'console.info', ['name']]]);
  });

  it('says nothing without an address beside it, nor for a local of the same name', () => {
    expect(at(params, 'src/email-service.js', 16)).toEqual([]);
    expect(at(params, 'src/email-service.js', 21)).toEqual([]);
  });
});

describe("a client on the page's own origin", () => {
  it("is the app's own back end: no flow through the services that post to it", () => {
    expect(at(origin, 'src/services/user-service.ts', 5)).toEqual([]);
  });

  it("leaves a client on someone else's host a flow", () => {
    expect(at(origin, 'src/services/user-service.ts', 10)).toEqual([['http', 'partner.post', ['email', 'name']]]);
  });
});
