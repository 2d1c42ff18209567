/**
 * Session 50's shapes, each from a set whose first run missed them (then moved to training):
 * - a payment gateway picked by a factory declared to return the project's interface
 *   (`getProviderFromGateway(gateway): PaymentGatewayProvider`), its result kept in a local or called straight
 *   (`GatewayFactory.getProvider(name).createCustomer(…)`), reaches the class implementing it (declared-result.ts),
 *   also where the interface sits alone in a file of types behind a barrel (`export * from './IGatewayProvider.js'`) and
 *   the factories declared to return it bring classes and factories together past eight (link.ts `exportedTypeRef`,
 *   `findValuesOfType`); a church management API's donations;
 * - a mail helper wrapping its send in a tracing span called in place (`resendTraced('emails.send', attributes,
 *   safeSendCore)({ email, options })`) calls the function it wraps (wrapped-function.ts `wrappedFunctionCalled`), and a
 *   message handed under a key and spread into the vendor's call (`({ email }) => send({ ...email })`) hands on its
 *   keys in their roles (link.ts `spreadParams`); a billing platform's customer mails;
 * - templates re-exported as a namespace import's member (`export const EmailTemplates = ResendService.EmailTemplates`)
 *   are the module's that defines them, so a message built with one (`{ to, ...EmailTemplates.staffInvitation(firstName) }`)
 *   holds what it is given (module-exports.ts `forwardedImport`); a US clinic app's staff mails;
 * - a mail or message an injected service makes from a member's record (`this.emailService.generateWelcomeEmail(user)`)
 *   holds the member's name, as the same call on a plain name did (personal-data.ts `serviceMessageMaker`); a gym's
 *   membership back end;
 * - a task put on a queue whose consumer is not seen (`env.BACKGROUND_QUEUE.send({ type: 'SEND_WHATSAPP', payload })`,
 *   a Cloudflare queue's handler switching on the type) delivers where the task's name says (link.ts `reached`); a
 *   Brazilian physiotherapy clinic's reminders.
 * The real scan of fixtures/flows/session50; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session50');

describe('a gateway picked by a factory declared to return the project interface', () => {
  const controller = flowsAtIn(flows, 'gateway/payment-controller.ts');
  const service = flowsAtIn(flows, 'gateway/gateway-service.ts');

  it("reaches the implementing class's vendor through a local holding an own method's result", () => {
    expect(service(19)).toEqual([['stripe', ['email', 'name']]]);
    expect(controller(10)).toEqual([['stripe', ['email', 'name']]]);
  });

  it("reaches it where the factory's result is called straight", () => {
    expect(service(24)).toEqual([['stripe', ['email', 'name']]]);
    expect(controller(15)).toEqual([['stripe', ['email', 'name']]]);
  });

  it('hands nothing on where the method called sends no personal data', () => {
    expect(controller(19)).toEqual([]);
  });

  it('links no local holding what an own method returns that is no project type', () => {
    expect(controller(23)).toEqual([]);
  });
});

describe('a mail helper wrapping its send in a tracing span', () => {
  const notify = flowsAtIn(flows, 'traced-send/notify-payment.ts');

  it('sends what the caller hands the helper, through the wrapper called in place and the message spread from under a key', () => {
    expect(notify(10)).toEqual([['resend', ['email', 'name']]]);
  });

  it('sends it through a message spread from under a key alone', () => {
    expect(notify(16)).toEqual([['resend', ['email', 'name']]]);
  });

  it('sends it through the wrapper called in place alone', () => {
    expect(notify(21)).toEqual([['resend', ['email', 'name']]]);
  });

  it("is no flow where the helper mails the company's own address", () => {
    expect(notify(11)).toEqual([]);
  });
});

describe('templates re-exported from the module defining them', () => {
  const users = flowsAtIn(flows, 'reexported-templates/user.service.ts');

  it("write the name they are given into the message", () => {
    expect(users(10)).toEqual([['resend', ['email', 'name']]]);
  });

  it('add nothing where the template is given nothing', () => {
    expect(users(18)).toEqual([['resend', ['email']]]);
  });
});

describe("a message an injected service makes from a member's record", () => {
  const controller = flowsAtIn(flows, 'service-template/auth-controller.js');

  it("holds the member's name, kept in a local and read by its members", () => {
    expect(controller(11)).toEqual([['inferred-email', ['email', 'name']]]);
  });

  it('holds it in a WhatsApp message too', () => {
    expect(controller(18)).toEqual([['inferred-sms', ['email', 'name', 'phone']]]);
  });

  it('adds nothing where the method is named for no message (a delivery status)', () => {
    expect(controller(24)).toEqual([['inferred-email', ['email']]]);
  });
});

describe("a task queued under a name that says where it delivers", () => {
  const reminders = flowsAtIn(flows, 'queue-type/reminders.ts');

  it("hands the patient's phone and name to WhatsApp", () => {
    expect(reminders(14)).toEqual([['inferred-sms', ['name', 'phone']]]);
  });

  it('is no flow where the name says no delivery (a backup task)', () => {
    expect(reminders(22)).toEqual([]);
  });
});

describe('a gateway interface alone in a file of types behind a barrel', () => {
  it('is followed to the implementing class, six classes and three factories declared to return it', () => {
    expect(flowsAtIn(flows, 'gateway-barrel/payment-method-controller.ts')(5)).toEqual([['stripe', ['email', 'name']]]);
  });
});
