/**
 * A value a function puts under a personal-data key (`{ email: params.to }` posted to a mail API or stored) is that
 * data where the same function logs it (issue 12, log flows; src/flows/log-keyed-values.ts): the real scan over
 * fixtures/flows/log-keyed-values. expectations.test.ts checks the fixture's `privmap-expect` comments through the
 * CLI scan and ESLint.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('log-keyed-values')).filter((f) => f.sinkKind === 'logs');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/mail-service.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a value put under a personal-data key, logged by the same function', () => {
  it('is an email before the post and in its error branch', () => {
    expect(at(12)).toEqual([['console', ['email'], ['params.to']]]);
    expect(at(19)).toEqual([['console', ['email'], ['params.to']]]);
  });

  it('is not a flow through a count', () => {
    expect(at(24)).toEqual([]);
  });

  it("is not a flow for the system's sender under the same key, nor for a value under a key that names nothing", () => {
    expect(at(31)).toEqual([]);
    expect(at(33)).toEqual([]);
  });

  it('is not a flow for an id under a person\'s key, a constant under `email`, nor an address only tested', () => {
    expect(at(40)).toEqual([]);
    expect(at(41)).toEqual([]);
  });
});
