/**
 * A function without parameters a wrapper declares for itself (local-thunk.ts): `const postMessage = async () =>
 * client.chat.postMessage(options)`, called and retried by `postSlackMessage`, sends what the wrapper was given, so the
 * wrapper's callers are judged by what they hand it. The real scan of fixtures/flows/local-thunk; expectations.test.ts
 * checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('local-thunk');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/vip.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a function without parameters declared inside a wrapper', () => {
  it("hands on the wrapper's parameters to the vendor", () => {
    expect(at(6)).toEqual([['slack', ['name'], ['postSlackMessage', 'client.chat.postMessage', '@slack/web-api']]]);
  });

  it('reports nothing where the caller hands over nothing personal', () => {
    expect(at(8)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'src/slack.ts')).toEqual([]);
  });
});
