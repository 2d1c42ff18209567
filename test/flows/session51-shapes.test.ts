/**
 * Session 51's shapes, each from a set whose first run missed them (then moved to training):
 * - GOV.UK Notify's client (`notifications-node-client`, also Canada's GC Notify and the US Notify.gov): a mail to the
 *   address given second (`sendEmail(templateId, emailAddress, { personalisation })`), a text to the number given
 *   second (`sendSms`); a Scottish licensing service's applicant mails;
 * - a record handed to the template its message is made of (`react: ConsultantWelcome({ consultant })`,
 *   `<ConsultantWelcome consultant={consultant} />`) beside its own address, also one in a list (`to:
 *   [consultant.email]`), fills the mail with its name (record-beside-own-address.ts); a Portuguese shop's consultant mails;
 * - a template read off its module (`(await import('@/emails/WelcomeEmail')).WelcomeEmail({ firstName })`, `Emails.
 *   WelcomeEmail(…)` of a namespace import) is rendered into the mail as one imported by name (email-element.ts
 *   `componentNamed`); a Colombian pharmacy's Resend mails.
 * - a module an AWS Lambda function requires by the path its layer is mounted at (`require('/opt/mailLayer')`) is the
 *   layer's file in the repository (`layers/mailLayer/mailLayer.js`) (lambda-layers.ts); BC Parks' day-use pass API.
 * - a nullable client field asserted where it is called (`this.client!.crm.contacts.basicApi.create({ properties })`)
 *   hands its method's parameter on as the same call without `!` did, also through a local copy (flows.ts `mayLink`); a
 *   Dutch IT firm's HubSpot service.
 * - a module that is one vendor client (`module.exports = transporter`, `let Sentry = null; … Sentry = require('@sentry/node');
 *   module.exports = Sentry`) is that client where a requiring module calls its methods (link.ts `resolveCall`); a
 *   Polish shop's Sentry helper.
 * - a member naming a person in an organisation's record (`invoice.tenant.contactEmail`) is that person's address, where
 *   `tenant.email` stays the organisation's (roles.ts `namesPersonOfOrganisation`); a Norwegian HSE SaaS's invoice mails.
 * The real scan of fixtures/flows/session51; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session51');

describe("GOV.UK Notify's client", () => {
  const mails = flowsAtIn(flows, 'gov-notify/licence-mails.ts');

  it('sends a mail to the address given second, with the personalisation', () => {
    expect(mails(13)).toEqual([['gov-notify', ['email', 'name']]]);
  });

  it('sends a text to the number given second', () => {
    expect(mails(18)).toEqual([['gov-notify-sms', ['phone']]]);
  });

  it("sends nothing personal to the team's own mailbox told only a reference", () => {
    expect(mails(23)).toEqual([]);
  });
});

describe('a record handed to the template beside its own address', () => {
  const mails = flowsAtIn(flows, 'template-record/consultant-mails.tsx');

  it("fills the mail with the record's name through a template called with it, the address in a list", () => {
    expect(mails(14)).toEqual([['resend', ['email', 'name']]]);
  });

  it('does so through a JSX element given the record', () => {
    expect(mails(19)).toEqual([['resend', ['email', 'name']]]);
  });

  it('adds no name where the template is given only a member of the record', () => {
    expect(mails(25)).toEqual([['resend', ['email']]]);
  });
});

describe('a template read off its module', () => {
  const register = flowsAtIn(flows, 'module-component/register.ts');

  it('renders the props of a template loaded on demand into the mail', () => {
    expect(register(8)).toEqual([['resend', ['email', 'name']]]);
  });

  it("renders the props of a namespace import's template", () => {
    expect(register(13)).toEqual([['resend', ['email', 'name']]]);
  });

  it('carries no name where the props hold none', () => {
    expect(register(18)).toEqual([['resend', ['email']]]);
  });
});

describe("an AWS Lambda layer's module required by its mount path", () => {
  const handler = flowsAtIn(flows, 'lambda-layer/handlers/writePass/index.js');

  it("reaches the layer's folder and the vendor its helper sends with", () => {
    expect(handler(7)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('hands nothing on to a layer the project does not hold', () => {
    expect(handler(8)).toEqual([]);
  });
});

describe('a nullable client field asserted where it is called', () => {
  const route = flowsAtIn(flows, 'nullable-client/contact-route.ts');

  it("hands the caller's data on through a local copy of the parameter (`this.client!.crm…create({ properties })`)", () => {
    expect(route(7)).toEqual([['hubspot', ['email', 'name', 'phone']]]);
  });

  it('hands nothing on where the method sends no personal data', () => {
    expect(route(8)).toEqual([]);
  });
});

describe('a client a CommonJS module is (`module.exports = transporter`)', () => {
  const signup = flowsAtIn(flows, 'commonjs-client/routes/signup.js');

  it("is the vendor's client where a requiring module calls its method", () => {
    expect(signup(6)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('also where the module assigns the client under a condition', () => {
    expect(signup(8)).toEqual([['sentry', ['email']]]);
  });

  it('hands nothing on where the method is given nothing personal', () => {
    expect(signup(9)).toEqual([]);
  });
});

describe("a person an organisation's record names", () => {
  const suspend = flowsAtIn(flows, 'tenant-contact/suspend.ts');

  it("is the contact person's address (`tenant.contactEmail`)", () => {
    expect(suspend(14)).toEqual([['resend', ['email']]]);
  });

  it("leaves the organisation's own address its own (`tenant.email`)", () => {
    expect(suspend(19)).toEqual([]);
  });
});
