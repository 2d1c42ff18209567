/**
 * Session 35's shapes, from the training sets' flows found short of a category: a mail template kept as an HTML file
 * with `{{key}}` marks, filled in from the record the caller hands over (`html = html.replace(new RegExp(`{{${key}}}`),
 * String(params[key]))` in a loop over its keys or entries, or `Object.entries(vars).reduce((text, [key, value]) =>
 * text.replace(…), template)`; placeholder-template.ts), in the same file and in another module; and a message's
 * common part kept in a local and spread into each message (`const msgBase = { from, ...(replyTo && { reply_to:
 * replyTo }) }; sgMail.send({ ...msgBase, to })`, flow-facts.ts), whose keys keep their roles; a method of an
 * object literal calling its sibling through `this` (object-siblings.ts); and a builder returning its text locals by
 * name (`return { summary, description }`, own-function-result.ts `builderLocalValues`); a text function given an
 * options object, reading a key of a member's relation (`${standbyTime.client.firstname}`, text-function-options.ts);
 * a class's own method making the text (`this.createWelcomeMessage(memberName, adminName)`, text-function-params.ts);
 * and a Mongoose model another module exports, constructed and saved, which its name (`SystemAnalytics`) no longer
 * makes an analytics service (link.ts `isProjectValueConstructed`); and a NestJS listener named by an event constant
 * both sides import (`@OnEvent(SharedEvents.SEND_OTP)`, flow-jobs.ts `eventListeners`).
 * The real scan of
 * fixtures/flows/session35; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session35');
const reservations = flowsAtIn(flows, 'src/reservations.ts');
const news = flowsAtIn(flows, 'src/news.ts');
const notifications = flowsAtIn(flows, 'src/notification-service.ts');
const calendar = flowsAtIn(flows, 'src/calendar.ts');
const standby = flowsAtIn(flows, 'src/standby.ts');
const church = flowsAtIn(flows, 'src/church/sms.js');
const events = flowsAtIn(flows, 'src/events/user.provider.ts');

describe('a template file filled in from the record it is given', () => {
  it("holds the record's values when the same file's loader puts each one in by its key", () => {
    expect(reservations(24)).toEqual([['nodemailer', ['name', 'phone']]]);
  });

  it("holds them when another module's loader puts in each entry's value", () => {
    expect(reservations(29)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('holds them when the text is reduced over the entries (the file\'s own flow and the linked one, merged in the inventory)', () => {
    expect(new Set(reservations(34).map((flow) => JSON.stringify(flow)))).toEqual(new Set([JSON.stringify(['twilio', ['name', 'phone']])]));
  });

  it("holds nothing of the record when the marks are filled from elsewhere", () => {
    expect(reservations(40)).toEqual([]);
  });
});

describe("a message's common part kept in a local and spread into each message", () => {
  it("keeps its keys' roles: the author's name and address given as the sender become the reply-to", () => {
    expect(news(9)).toEqual([['sendgrid', ['email', 'name']]]);
  });

  it('carries nothing when the sender is the system\'s own', () => {
    expect(news(11)).toEqual([]);
  });
});

describe('a method of an object literal calling its sibling through `this`', () => {
  it("reaches the sibling's send: the reminder mails the client's address and names them", () => {
    expect(notifications(20)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("carries nothing where the sibling is given the office's own mailbox", () => {
    expect(notifications(25)).toEqual([]);
  });
});

describe("a builder's text locals, returned by name", () => {
  it("are read where the builder's result is sent: the event names the client and holds their phone and address", () => {
    expect(calendar(25)).toEqual([['google-calendar', ['email', 'name', 'phone']]]);
  });

  it('carry nothing when the texts hold nothing of anyone', () => {
    expect(calendar(26)).toEqual([]);
  });
});

describe("a text function reading a key of an option's relation", () => {
  it('names the client the standby time belongs to', () => {
    expect(standby(19)).toEqual([['sendgrid', ['email', 'name']]]);
  });

  it("reads nothing of anyone's where the builder reads the place only", () => {
    expect(standby(20)).toEqual([]);
  });
});

describe("a class's own method making the text", () => {
  it("carries the names it writes: the welcome SMS names the new member", () => {
    expect(church(24)).toEqual([['twilio', ['name', 'phone']]]);
    expect(church(32)).toEqual([['twilio', ['name', 'phone']]]);
  });
});

describe("a model of the app's own database, named for analytics", () => {
  it('is a record saved by the app, not an analytics service', () => {
    expect(church(26)).toEqual([]);
  });
});

describe('a listener named by an event constant both sides import', () => {
  it("receives the emitted payload: the OTP mail's address and name enter where the event is emitted", () => {
    expect(events(9)).toEqual([['resend', ['email', 'name']]]);
  });

  it('carries nothing where the event holds an id', () => {
    expect(events(11)).toEqual([]);
  });
});
