/**
 * Reminders sent by SMS and mail through the app's own helpers (session 30, from a Polish debt-collection office and a
 * German agency's notification module): an SMS gateway's form body filled field by field and sent as
 * `form.toString()` carries what was appended, the text filled from the client's data included; a mail built by a
 * function the caller handed in (`mailBauen: (an: string) => Mail`) carries what it was given; a WhatsApp text chosen in
 * a switch (`let message = ''`, then `message = whatsappTemplates.reminder24h(data)` from a module of arrow texts)
 * carries what each template writes. The real scan of fixtures/flows/sms-reminder-form.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('sms-reminder-form');

describe('reminders through the app’s own SMS and mail helpers', () => {
  it("reaches the gateway with the client's phone and the name filled into the text", () => {
    expect(flowsAtIn(flows, 'app/api/reminder/route.ts')(8)).toEqual([['http', ['name', 'phone']]]);
  });

  it('reads a mail built by a function the caller handed in', () => {
    expect(flowsAtIn(flows, 'lib/notify.ts')(16)).toEqual([['nodemailer', ['email']]]);
  });

  it('reads each text a local was given in a switch, from a module of arrow templates', () => {
    expect(flowsAtIn(flows, 'app/cron/reminders.ts')(18)).toEqual([['evolution-api', ['name', 'phone']]]);
  });
});
