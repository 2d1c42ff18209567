/**
 * Input checked against a schema is still that input (parsed-input.ts): `config.data.email` of `const config =
 * channelSchema.safeParse(JSON.parse(notification.data))` is the address a user stored, though the local is named
 * `config`; the same check of the app's raw configuration or of the environment stays the system's. The real scan of
 * fixtures/flows/parsed-input; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('parsed-input');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/alerts.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('input checked against a schema', () => {
  it("reads a stored channel's address as the person's, whatever the local is called", () => {
    expect(at(14)).toEqual([['resend', ['email']]]);
  });

  it("leaves the app's configuration and the environment checked so the system's", () => {
    expect(flows.filter((f) => f.location.file === 'src/alerts.ts' && (f.location.line ?? 0) > 14)).toEqual([]);
  });
});
