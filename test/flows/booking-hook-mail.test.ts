/**
 * A booking hook mailing through the project's Edge Function (session 30, from a German sports club's booking app):
 * the mail service is made once by React's `useMemo(() => new MailService(), [])`, so `mailService.send(…)` is that
 * class's method; the failure it logs is the call's own error, not the mail (`const { error: invokeError } = await
 * supabase.functions.invoke(…, { body })`); an Edge Function inviting a coach through Supabase Auth's
 * `inviteUserByEmail` mails the address and names it is given, while `createUser` only stores them. The real scan of
 * fixtures/flows/booking-hook-mail.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('booking-hook-mail');

describe('a booking hook mailing through an Edge Function', () => {
  it("follows a service made by React's useMemo to its class's method", () => {
    expect(flowsAtIn(flows, 'src/hooks/useBookingActions.ts')(14)).toEqual([['resend', ['email', 'name']]]);
  });

  it("logs no mail where the service logs the call's own error", () => {
    expect(flows.filter((f) => f.sinkKind === 'logs' && f.location.file?.startsWith('src/'))).toEqual([]);
  });

  it("reports Supabase Auth's invitation, reached from the browser through the Edge Function", () => {
    expect(flowsAtIn(flows, 'supabase/functions/invite-coach/index.ts')(8)).toEqual([['supabase-auth-invite', ['email', 'name']]]);
    expect(flowsAtIn(flows, 'src/hooks/useCoaches.ts')(5)).toEqual([['supabase-auth-invite', ['email', 'name']]]);
  });

  it('reports nothing where Supabase Auth only stores an account', () => {
    expect(flowsAtIn(flows, 'supabase/functions/invite-coach/index.ts')(10)).toEqual([]);
  });
});
