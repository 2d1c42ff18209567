/**
 * A request helper putting the path it is given after a configured base (helper-path.ts): where the file's calls give
 * it a vendor's well-known path (`/message/sendText/{instance}`, Evolution API's), the base is that vendor's server,
 * so a caller's `sendText('clinic', { number: patient.phone })` is a flow to it; the app's own client of the same
 * shape, given only its own paths, is none. A path chosen at run time (a loop over candidate endpoints) names nothing
 * and takes nothing away (session 34). The real scan of fixtures/flows/helper-path; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('helper-path');

describe("a helper's path parameter", () => {
  it("names the vendor whose well-known path the file's calls give", () => {
    expect(flows.map((f) => [f.location.file, f.location.line, f.sinkId, f.categories, f.via])).toEqual([
      ['src/notify.ts', 8, 'evolution-api', ['name', 'phone'], ['GatewayClient.sendText', 'GatewayClient.makeRequest', 'fetch', 'evolution-api']],
    ]);
  });

  it("leaves a helper given only the app's own paths unreported", () => {
    expect(flows.filter((f) => f.location.line === 9)).toEqual([]);
  });
});
