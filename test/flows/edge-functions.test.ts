/**
 * A Supabase Edge Function of the project as the app's own route (session 29, from an Italian credit-management suite
 * whose server jobs and browser code mail through `supabase/functions/send-email`): `fetch(\`${SUPABASE_URL}/functions/v1/
 * send-email\`, { body: JSON.stringify(payload) })` and `supabase.functions.invoke('send-email', { body })` reach the
 * handler `Deno.serve` was given, which reads the body from `req.json()` and mails through nodemailer; the flow is
 * reported where the person's data enters. The path names the function whatever its base: a helper may be handed the
 * project's URL by its caller (`${supabaseUrl}/functions/v1/send-email`). The real scan of fixtures/flows/edge-functions.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('edge-functions');
const consents = flowsAtIn(flows, 'src/lib/consents.ts');

describe("the project's Supabase Edge Function as a route", () => {
  it('is reached by a fetch of its URL on the Supabase setting', () => {
    expect(consents(8)).toEqual([['nodemailer', ['email', 'name']]]);
    const flow = flows.find((f) => f.location.file === 'src/lib/consents.ts' && f.location.line === 8);
    expect(flow?.via).toContain('route:/functions/v1/send-email');
  });

  it("is reached by supabase-js's functions.invoke", () => {
    expect(consents(13)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("is reached through a helper given the project's URL by its caller (session 33)", () => {
    expect(flowsAtIn(flows, 'src/lib/edge-client.ts')(13)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("reports nothing where the office's own address and a link are sent", () => {
    expect(consents(17)).toEqual([]);
  });
});
