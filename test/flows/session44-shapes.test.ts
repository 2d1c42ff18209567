/**
 * Session 44's shapes, each from a fresh flow set's first run:
 * - the Gmail API (`gmail.users.messages.send({ requestBody: { raw } })`, the MIME text holding `To:`) is in the
 *   catalogue, reached through a helper the app loads late (`const { sendEmail: viaGmail } = await import('./gmail')`);
 *   a Brazilian clinic's patient mails;
 * - a CRM's URL configured per hotel (`crm.url` handed to the class's `sendToCrm(url, payload)`) is another company's
 *   endpoint (rules/http-targets.yml `crm`); a Spanish booking engine;
 * - a vendor's production and test servers chosen by a setting (`prod ? 'https://api.vipps.no' :
 *   'https://apitest.vipps.no'`) name that vendor (flow-literals.ts `sameDomain`); a Norwegian dance school;
 * - a setting falling back to the app's own path (`VITE_WEBHOOK_URL?.replace(…) || '/api'`) is the app's own API
 *   (http-base.ts), where a webhook setting alone is someone else's;
 * - the record a mail is addressed to by a member of another name (`to: reservation.contact`) is the addressee's, so
 *   its `name` is theirs (record-own-name.ts); a French knitting shop;
 * - the `emailjs` SMTP client is in the catalogue, and a URL constant another module exports is read by its name
 *   (`slackGrowthChannelWebhook`); an admin-panel SaaS;
 * - a dispatcher handing a template's members to the app's own template functions (`return
 *   otpVerificationTemplate(template.data.name, …)`) writes them into the mail (text-function-members.ts); a Norwegian
 *   wholesaler;
 * - inside a call named for an organisation (`addChurch`), a given or family name handed along is still a person's
 *   (organisation-call.ts); Mautic is in the catalogue; a US church-management API.
 * - a local declared in two blocks of one function (`const html = …` in each loop) is the one around the call, and a
 *   text function reading a member it took apart (`const { cliente } = tarea; ${cliente.apellido}`) reads it as the
 *   record's (text-function-members.ts); Google Drive is in the catalogue; an Argentine law firm's reminders;
 * - the file's own helper handing back its first parameter tidied (`compactWhitespace(\`…\`)`) is that text
 *   (personal-data.ts, text-helpers.ts); a US soccer trainer's SMS to the coach;
 * - the file's own text function joining a list into lines (`items.map((t) => \`• ${t}\`).join('')` after a title) writes
 *   the list, and a choice between texts is text (text-function-params.ts); a Mexican venue's daily digest;
 * - a table of a mail's texts by language (`{ de: { greeting: \`Hallo ${name},\` }, en: {…} }[L]`) writes what every
 *   entry writes (local-members.ts `pickedTableMember`); a German practice's mails.
 * The real scan of fixtures/flows/session44; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session44');

describe('the Gmail API, through a helper loaded late', () => {
  const messages = flowsAtIn(flows, 'gmail/messages.ts');

  it("is where the patient's address enters the chain", () => {
    expect(messages(15)).toEqual([['gmail', ['email']]]);
  });

  it("is no flow where the clinic's own address is the recipient", () => {
    expect(messages(19)).toEqual([]);
  });
});

describe("a CRM's configured URL", () => {
  it("is another company's endpoint: the guest's contact details posted there are a flow", () => {
    expect(flowsAtIn(flows, 'crm/crm-integration.service.ts')(25)).toEqual([['http', ['email', 'name', 'phone']]]);
  });
});

describe("a vendor's production and test servers chosen by a setting", () => {
  it('name the vendor, at the request and where the phone enters', () => {
    expect(flowsAtIn(flows, 'vipps/payment.js')(16)).toEqual([['vipps', ['phone']]]);
    // Session 46: the member's user name in the payment's description, beside their phone, is theirs too.
    expect(flowsAtIn(flows, 'vipps/register.js')(7)).toEqual([['vipps', ['name', 'phone']]]);
  });
});

describe("a setting falling back to the app's own path", () => {
  const feedback = flowsAtIn(flows, 'settings/feedback.ts');

  it("is the app's own API", () => {
    expect(feedback(6)).toEqual([]);
  });

  it('leaves a webhook setting without such a fallback a flow', () => {
    expect(feedback(11)).toEqual([['http', ['email', 'name']]]);
  });
});

describe('a record a mail is addressed to by a member of another name', () => {
  const route = flowsAtIn(flows, 'reservations/route.ts');

  it("is the addressee's: its name in the mail is theirs", () => {
    expect(route(15)).toEqual([['resend', ['email', 'name']]]);
  });

  it('says nothing of the same record in a mail sent to the shop', () => {
    expect(route(24)).toEqual([]);
  });
});

describe('the emailjs SMTP client and a URL constant of another module', () => {
  const register = flowsAtIn(flows, 'emailjs/register.ts');

  it('reach the SMTP server and Slack', () => {
    expect(flowsAtIn(flows, 'emailjs/email.ts')(13)).toEqual([['emailjs-smtp', ['email']]]);
    expect(register(14)).toEqual([['emailjs-smtp', ['email']]]);
    expect(register(9)).toEqual([['slack', ['email', 'name']]]);
  });

  it("leave a constant named for the app's own API the app's", () => {
    expect(register(12)).toEqual([]);
  });
});

describe("a dispatcher handing a template's members to the app's own template functions", () => {
  it('writes them into the mail', () => {
    expect(flowsAtIn(flows, 'templates/auth.controller.ts')(6)).toEqual([['nodemailer', ['email', 'name']]]);
  });
});

describe('a call inside a function named for an organisation', () => {
  it("keeps the registering person's given and family name, not the church's name and address", () => {
    expect(flowsAtIn(flows, 'mautic/church.controller.ts')(19)).toEqual([['mautic', ['email', 'name']]]);
  });

  it('reaches Mautic, a configured marketing tool named by its setting', () => {
    const helper = flowsAtIn(flows, 'mautic/mautic.helper.ts');
    expect(helper(13)).toEqual([]);
    expect(helper(15)).toEqual([['mautic', ['email', 'name']]]);
  });
});

describe('a local declared in two blocks, and a member a text function took apart', () => {
  const reminders = flowsAtIn(flows, 'reminders/reminders.js');

  it("is each loop's own text, naming its record's client", () => {
    expect(reminders(10)).toEqual([['nodemailer', ['email', 'name']]]);
    expect(reminders(18)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("hands a client's name to Google Drive as a folder's name and in a search", () => {
    const drive = flowsAtIn(flows, 'reminders/drive.js');
    expect(drive(9)).toEqual([['google-drive', ['name']]]);
    expect(drive(12)).toEqual([['google-drive', ['name']]]);
  });
});

describe("the file's own helper handing back its parameter tidied", () => {
  it('is the text it was given', () => {
    expect(flowsAtIn(flows, 'texts/coach-notice.ts')(20)).toEqual([['twilio', ['name', 'phone']]]);
  });
});

describe("a table of a mail's texts by language", () => {
  it('writes the name every entry writes, where the caller hands it', () => {
    expect(flowsAtIn(flows, 'texts/book.ts')(5)).toEqual([['resend', ['email', 'name']]]);
  });
});

describe("the file's own text function joining a list into lines", () => {
  const digest = flowsAtIn(flows, 'texts/digest.js');

  it("writes the list's names into the digest", () => {
    expect(digest(13)).toEqual([['nodemailer', ['name']]]);
  });

  it("leaves an event's name no one's", () => {
    expect(digest(17)).toEqual([]);
  });
});
