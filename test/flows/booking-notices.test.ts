/**
 * A practice's booking notices over its own WhatsApp wrapper and into the therapist's Google Calendar
 * (fixtures/flows/booking-notices; expectations.test.ts checks ESLint reports the same):
 * - a URL setting named for WhatsApp (`whatsappConfig.apiUrl`) is Meta's Cloud API, and so is Meta's own SDK with the
 *   recipient second (`wa.messages.text({ body }, patient.telefon)`; rules/sinks/messaging.yml); a WhatsApp Web
 *   client (whatsapp-web.js, Baileys) sends to the chat id it is given first, the recipient's number; on the Graph
 *   API's host, shared with the Meta Pixel, a URL ending in `/messages` is WhatsApp's (rules/http-targets.yml `hostPaths`);
 * - a class's own text method reading a loaded row's relation (`${termin.patient.vorname}`) fills the message
 *   with the patient's fields (text-function-members.ts);
 * - a relation of a loaded row handed to a helper (`this.benachrichtigeTherapeut(termin.therapeut, …)`) that sends
 *   `therapeut.telefon` is where the therapist's number enters the chain (loaded-record.ts);
 * - a record whose own email or phone the function reads (`data.email` of a form's `data`) is a person's, so its bare
 *   name is theirs wherever the function writes it (`const name = String(data.name).trim()`; record-own-name.ts); a
 *   record named for an organisation (`team`) keeps its name;
 * - a local named for a person's record but given a setting (`const smtpUser = process.env.SMTP_USER`) is logged as
 *   the system's account, not a record; a signed-in user's record logged whole still is (logged-records.ts);
 * - a value a mail helper known by its name is given as the recipient (`sendEmail({ to })`) is an email address
 *   where the same function logs it (log-recipients.ts, with the recipient keys of inferred-mail-roles.ts);
 * - a client handed to a callback (`async (kalender) => kalender.events.insert(…)`) in a file importing googleapis
 *   is Google's (vendor-named-receiver.ts), and a read (`events.list`) sends nothing.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('booking-notices');
const notices = flowsAtIn(scanned, 'src/termine/benachrichtigungen.service.ts');
const calendar = flowsAtIn(scanned, 'src/termine/kalender.service.ts');
const wrapper = flowsAtIn(scanned, 'src/whatsapp/nachrichten.service.ts');
const reminder = flowsAtIn(scanned, 'src/termine/erinnerung.ts');
const webClient = flowsAtIn(scanned, 'src/whatsapp/web-client.ts');
const bot = flowsAtIn(scanned, 'src/whatsapp/baileys-bot.ts');
const confirmation = flowsAtIn(scanned, 'src/termine/bestaetigung.ts');
const contactForm = flowsAtIn(scanned, 'src/termine/anfrage.ts');
const logsIn = (file: string) => scanned.filter((f) => f.sinkKind === 'logs' && f.location.file === file);

describe('booking notices through the app\'s WhatsApp wrapper', () => {
  it('names Meta where the URL setting is named for WhatsApp', () => {
    expect(wrapper(8)).toEqual([['whatsapp', ['phone']]]);
  });

  it('reads the recipient of Meta\'s SDK from its second argument', () => {
    expect(reminder(9)).toEqual([['whatsapp', ['name', 'phone']]]);
  });

  it('reads the chat id a WhatsApp Web client is given first as the recipient\'s phone', () => {
    expect(webClient(10)).toEqual([['whatsapp-web', ['name', 'phone']]]);
    expect(bot(11)).toEqual([['whatsapp-web', ['phone']]]);
  });

  it('names WhatsApp, not the Meta Pixel, for the Graph API\'s messages path', () => {
    expect(confirmation(6)).toEqual([['whatsapp', ['name', 'phone']]]);
  });

  it('reads the patient\'s fields a class\'s own text method writes from a loaded row\'s relation', () => {
    // To the front desk's number from the settings: only the text carries personal data.
    expect(notices(14)).toEqual([['whatsapp', ['name', 'phone']]]);
  });

  it('reports the therapist\'s number where the loaded row\'s relation enters the helper', () => {
    expect(notices(11)).toEqual([['whatsapp', ['name', 'phone']]]);
    expect(notices(22)).toEqual([['whatsapp', ['phone']]]);
  });
});

describe('a record whose address the function reads', () => {
  it('makes its bare name a person\'s wherever the function writes it', () => {
    expect(contactForm(11)).toEqual([['whatsapp', ['name']]]);
  });

  it('leaves an organisation\'s record its own name', () => {
    expect(contactForm(18)).toEqual([]);
  });
});

describe('a logged local named for a user', () => {
  it('is the system\'s account where it holds a setting, and a person\'s record where it holds one', () => {
    expect(logsIn('src/mail/transport.ts').map((f) => [f.location.line, f.categories])).toEqual([[14, ['email', 'name']]]);
  });
});

describe('a value handed to a mail helper as the recipient', () => {
  it('is an email address where the same function logs it first', () => {
    expect(logsIn('src/mail/testmail.ts').map((f) => [f.location.line, f.categories, f.expressions])).toEqual([[9, ['email'], ['to']]]);
  });
});

describe('a vendor client handed to a callback', () => {
  it("is the client the class's own method makes, where the callback's parameter is named as its local", () => {
    expect(calendar(29)).toEqual([['google-calendar', ['name', 'phone']]]);
    const flow = scanned.find((f) => f.sinkId === 'google-calendar' && f.location.line === 29);
    expect(flow?.package).toBe('googleapis');
    expect(flow?.inferred).toBeUndefined();
  });

  it('is the SDK\'s client where the file imports it, with the method path as evidence, when its maker is unseen', () => {
    expect(calendar(43)).toEqual([['google-calendar', ['name']]]);
    const flow = scanned.find((f) => f.sinkId === 'google-calendar' && f.location.line === 43);
    expect(flow?.inferred?.evidence).toBe("client `gcal` in a file importing googleapis, method path of Google Calendar's SDK");
  });

  it('reports no flow at a read of the calendar', () => {
    expect(calendar(35)).toEqual([]);
  });
});
