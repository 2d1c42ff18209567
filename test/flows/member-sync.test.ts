/**
 * A club's member sync in CommonJS (session 31, from a Dutch football club's sync pipeline): a newsletter client over
 * Node's own `https.request(options, …)`, whose options object is a local naming the host through `new URL(path,
 * BASE).hostname` and whose body is written after the call (`req.write(payload)`), reaches the vendor that host
 * names; loggers kept in locals (`verbose ? console.log : () => {}`, `logger?.verbose.bind(logger) || console.log`)
 * write what they are given; a list parameter's element read by index (`const member = members[i]`, session 32) is an
 * element as a `for…of` variable is. The real scan of fixtures/flows/member-sync.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('member-sync');
const at = flowsAtIn(scanned, 'steps/sync-members.js');
const logged = (line: number) => scanned.filter((f) => f.sinkKind === 'logs' && f.location.file === 'steps/sync-members.js' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a member sync through Node's https client and local loggers", () => {
  it("reaches the vendor an options object's host names, with the body written to the request", () => {
    expect(at(13)).toEqual([['laposta', ['email', 'name']]]);
    expect(at(8)).toEqual([]);
  });

  it('reads a local standing for a logging method as that log', () => {
    expect(logged(11)).toEqual([['conventional-logger', ['email']]]);
    expect(logged(15)).toEqual([['console', ['email']]]);
    expect(logged(18)).toEqual([]);
  });

  it("reads a list parameter's element taken by index as an element, so the caller's list is judged", () => {
    // GatewayAPI, an SMS gateway catalogued in session 40 (before, a post to an unknown host: recipient `http`).
    expect(flowsAtIn(scanned, 'steps/remind-members.js')(6)).toEqual([['gatewayapi', ['phone']]]);
  });
});
