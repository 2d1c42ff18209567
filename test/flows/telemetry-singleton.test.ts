/**
 * A SaaS's telemetry through its own layers (session 30, from an English design-tool monorepo): a PostHog client kept
 * in a class's static field and handed out by its static `getInstance()` is that client where `trackEvent` uses it;
 * Gleap's `identify` (a feedback widget loaded late) receives the user's name and address; a landing form relayed to
 * an n8n workflow as a query string (`url.searchParams.append('email', …)`, then `fetch(url.toString())` on a URL
 * made from `N8N_LANDING_FORM_URL`, whose `n8n` the word splitter cut in three) is a flow to a third party. The real
 * scan of fixtures/flows/telemetry-singleton.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('telemetry-singleton');

describe("a SaaS's telemetry through its own layers", () => {
  it("follows a client kept in a class's static field to the capture", () => {
    expect(flowsAtIn(flows, 'src/server/signup.ts')(5)).toEqual([['posthog', ['email', 'name']]]);
  });

  it("reports Gleap's identify", () => {
    expect(flowsAtIn(flows, 'src/components/feedback.ts')(5)).toEqual([['gleap', ['email', 'name']]]);
  });

  it('reports a query string sent to an n8n workflow', () => {
    expect(flowsAtIn(flows, 'src/app/api/email-capture/route.ts')(9)).toEqual([['http', ['email', 'name']]]);
  });
});
