/**
 * Session 46's shapes, each from a fresh flow set's first run or a training set's misses:
 * - a helper of the file that hands back its parameter, or a placeholder for an empty one (`if (!value) return '-';
 *   return Array.isArray(value) ? value[0] : value`, formidable's fields), keeps the value (text-helpers.ts); a German
 *   estate agent's applications;
 * - a sub-client kept in a local (`const sms = africastalking.SMS`, the vendor's documented usage) calls as the
 *   catalogue's `<instance>.SMS.send` (flow-bindings.ts `member`); a Kenyan business app's one-time codes;
 * - `options.phone` of a function's own `options` parameter is what its caller handed in, not the app's settings
 *   (personal-data.ts `ARGUMENT_OBJECTS`); a London clinic's booking confirmations;
 * - a form field read by key (`formData.get('name')`) is what the visitor typed, a bare `name` theirs beside their
 *   address (form-field-value.ts); a Dutch shop's contact action;
 * - gmail-send, whose factory names the recipient and whose returned function sends (rules/sinks/messaging.yml); a lab's
 *   result mails;
 * - a user name written into a message to the person's address (`getWelcomeTemplate(userName)` beside `to: email`) is
 *   what they are called (personal-data.ts); a Spanish cosmetics shop's welcome mail;
 * - TypeScript's CommonJS import of the project's own module (`import mail = require('./mail')`) is linked as a
 *   `require` is (flows.ts `importEquals`); a Finnish student theatre's ticket shop;
 * - Azure Communication Services' email and SMS clients (rules/sinks/messaging.yml); a Helsinki vocational app.
 * The real scan of fixtures/flows/session46; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session46');

describe('a helper of the file handing back its parameter or a placeholder', () => {
  const application = flowsAtIn(flows, 'formidable/application.ts');

  it('keeps the name and phone it is given in the mail', () => {
    expect(application(18)).toEqual([['sendgrid', ['email', 'name', 'phone']]]);
  });

  it('is not a helper that answers with text of its own', () => {
    expect(application(25)).toEqual([]);
  });
});

describe("a vendor's sub-client kept in a local", () => {
  const sms = flowsAtIn(flows, 'smsgateway/sms.ts');

  it("is the vendor's client: its send is a flow, and so is the wrapper's call", () => {
    expect(sms(14)).toEqual([['africastalking', ['phone']]]);
    expect(sms(19)).toEqual([['africastalking', ['phone']]]);
  });
});

describe("a function's own options object", () => {
  it('holds what the caller handed in: the address and phone written into the mail', () => {
    expect(flowsAtIn(flows, 'reminders/email-service.js')(10)).toEqual([['nodemailer', ['address', 'email', 'name', 'phone']]]);
  });

  it("stays the app's settings where it is a member of another object", () => {
    expect(flowsAtIn(flows, 'reminders/settings.js')(7)).toEqual([]);
  });
});

describe('a form field read by key', () => {
  const actions = flowsAtIn(flows, 'contact/actions.ts');

  it("is the visitor's name beside their address in the message built from them", () => {
    expect(actions(11)).toEqual([['resend', ['email', 'name']]]);
  });

  it('is no one\'s name in a message with no address of theirs', () => {
    expect(actions(17)).toEqual([]);
  });
});

describe('gmail-send', () => {
  it("sends what its caller writes: the names in the text of a mail to the lab's own address", () => {
    expect(flowsAtIn(flows, 'gmail/unmatched.js')(6)).toEqual([['gmail-send', ['name']]]);
  });

  it('names the recipient in the options its factory is given', () => {
    expect(flowsAtIn(flows, 'gmail/mail-sender.js')(6)).toEqual([['gmail-send', ['email']]]);
  });
});

describe('a user name in a message to the person', () => {
  const welcome = flowsAtIn(flows, 'contact/welcome.ts');

  it('is what they are called, beside their address', () => {
    expect(welcome(9)).toEqual([['resend', ['email', 'name']]]);
  });

  it("is a login only, in a mail to the shop's own address", () => {
    expect(welcome(13)).toEqual([]);
  });
});

describe("TypeScript's CommonJS import of the project's module", () => {
  it('is linked to the module, whose vendor gets the order\'s address and name', () => {
    expect(flowsAtIn(flows, 'import-equals/order.ts')(5)).toEqual([['mailgun', ['email', 'name']]]);
  });
});

describe('Azure Communication Services', () => {
  const notify = flowsAtIn(flows, 'azure/notify.ts');

  it("mails each recipient's address with the text", () => {
    expect(notify(10)).toEqual([['azure-communication-email', ['email', 'name']]]);
  });

  it('texts the number it is given', () => {
    expect(notify(17)).toEqual([['azure-communication-sms', ['phone']]]);
  });
});
