/**
 * Log flows at calls of an app's own logging helpers in another module (issue 12: a flow is reported where the
 * personal data enters the chain as well as at the sink; aterbruket-webapp's `logDebug` / `logException` over
 * console): `logDebug(msg, data)`, `logError(e, ctx)` over pino, a class's own `this.log(…)`, and a record
 * serialised into the message (`JSON.stringify(item)` beside `const { email } = item`), read as at a logging call.
 * The real scan over fixtures/flows/log-helpers; expectations.test.ts checks the same lines through ESLint.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('log-helpers')).filter((f) => f.sinkKind === 'logs');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sink, f.sinkId, f.categories, f.via ?? []]);

describe("an app's own logging helpers", () => {
  it('reports the flow at the call of a helper imported from another module', () => {
    expect(at('src/mails/bookingEmail.ts', 13)).toEqual([['logDebug', 'console', ['email'], ['logDebug', 'console.log', 'console']]]);
    expect(at('src/mails/bookingEmail.ts', 18)).toEqual([['logError', 'pino', ['phone'], ['logError', 'logger.error', 'pino']]]);
    expect(at('src/mails/bookingEmail.ts', 22)).toEqual([['logDebug', 'console', ['email'], ['logDebug', 'console.log', 'console']]]);
  });

  it("reports the flow at a class's own logging method", () => {
    expect(at('src/services/memberService.ts', 19)).toEqual([['MemberService.log', 'pino', ['name'], ['MemberService.log', 'this.logger.info', 'pino']]]);
  });

  it('reads a record serialised into the message by the fields its function reads from it', () => {
    expect(at('src/mails/advertEmail.ts', 8)).toEqual([['logDebug', 'console', ['email', 'name', 'phone'], ['logDebug', 'console.log', 'console']]]);
  });

  it('reports nothing for ids and counts, a helper logging only an id, or a record whose function reads no field of it', () => {
    expect(at('src/mails/bookingEmail.ts', 24)).toEqual([]);
    expect(at('src/mails/bookingEmail.ts', 25)).toEqual([]);
    expect(at('src/mails/advertEmail.ts', 12)).toEqual([]);
    expect(at('src/mails/advertEmail.ts', 13)).toEqual([]);
    expect(at('src/mails/advertEmail.ts', 18)).toEqual([]);
    expect(flows.filter((f) => f.location.file!.startsWith('src/utils/'))).toEqual([]);
  });
});
