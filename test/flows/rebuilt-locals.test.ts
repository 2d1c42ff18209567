/**
 * A `let` rebuilt by spreads and read at the sink itself (src/flows/personal-data.ts reads every value it was
 * given), and Sentry's v8 scope API from the framework SDKs (rules/sinks/monitoring.yml): the real scan of
 * fixtures/flows/monitoring/sentry-scopes.ts, whose `privmap-expect` comments ESLint meets too (expectations.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('monitoring');
const at = (line: number) => flows.filter((f) => f.location.file === 'sentry-scopes.ts' && f.location.line === line);

describe("Sentry's scopes and locals rebuilt before they are sent", () => {
  it('reads getCurrentScope().setUser from @sentry/angular as Sentry, the user in the role of a person', () => {
    expect(at(9).map((f) => [f.sinkId, f.package, f.categories])).toEqual([['sentry', '@sentry/angular', ['email', 'name']]]);
    expect(at(11)).toEqual([]);
  });

  it('reads every value a let was given, through the namespace scope API', () => {
    expect(at(18).map((f) => [f.sinkId, f.categories, f.expressions])).toEqual([['sentry', ['email', 'name'], ['agent.email', 'agent.lastName', 'email: agent.email']]]);
    // Rebuilt with an id and a role only.
    expect(at(22)).toEqual([]);
  });
});
