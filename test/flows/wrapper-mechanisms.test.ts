/**
 * The chains privmap names for flows through the project's own wrappers (issue 12), on the fixture projects
 * under fixtures/flows/wrappers: the real scan, the flow reported where the data enters, with `via` naming
 * each step to the vendor. fixtures/flows/*.ts comments state which rule fires (expectations.test.ts); this
 * file checks the evidence a reader follows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

const root = join(repoRoot, 'fixtures', 'flows', 'wrappers');
const engine = createEngine(loadPolicy(join(repoRoot, 'fixtures', 'flows', 'privacy.yml')));
const result = await scanCode(root, { engine });
const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow');

function at(file: string, line: number): FlowFinding[] {
  return flows.filter((f) => f.location.file === file && f.location.line === line);
}

describe('flows through wrappers: what the chain says', () => {
  it('follows a member of an exported object of functions and of a default-exported one', () => {
    expect(at('service-object/src/routes/signup.ts', 13).map((f) => [f.via, f.categories])).toEqual([[['emailService.sendWelcome', 'resend.emails.send', 'resend'], ['email', 'name']]]);
    expect(at('service-object/src/routes/signup.ts', 18).map((f) => [f.via, f.expressions])).toEqual([[['analytics.identify', 'posthog.identify', 'posthog-js'], ['member.email', 'member.firstName']]]);
    expect(at('service-object/src/routes/signup.ts', 20)).toEqual([]);
  });

  it('follows a class instance a module exports, and a class calling its own method', () => {
    expect(at('instance-export/src/orders.ts', 13).map((f) => [f.via, f.categories])).toEqual([[['mail.send', 'sgMail.send', '@sendgrid/mail'], ['email', 'phone']]]);
    expect(at('own-methods/src/notification.service.ts', 16).map((f) => f.via)).toEqual([['NotificationService.deliver', 'this.transport.sendMail', 'nodemailer']]);
    // The fixed operations address is the system's: no flow.
    expect(at('own-methods/src/notification.service.ts', 21)).toEqual([]);
  });

  it('follows constructor arguments a class keeps in a field to what its methods send, through a subclass in another file', () => {
    // `new InviteEmail({ to, name, actorName }).schedule()`: the base class keeps `this.props = props` and `send()`
    // mails `this.props.to`; only that key reaches the mailer (the name stays in the process).
    expect(at('class-props/server/commands/userInviter.ts', 12).map((f) => [f.via, f.categories, f.expressions])).toEqual([
      [['new InviteEmail', 'BaseEmail.send', 'mailer.sendMail', 'this.transporter.sendMail', 'nodemailer'], ['email'], ['user.email']],
    ]);
    // `constructor(private readonly options)`: a parameter property is kept the same way.
    expect(at('class-props/server/commands/userInviter.ts', 14).map((f) => [f.via, f.expressions])).toEqual([[['new DigestEmail', 'DigestEmail.send', 'mailer.sendMail', 'this.transporter.sendMail', 'nodemailer'], ['user.email']]]);
    // A class that keeps its arguments but sends nothing, and the base's method that reads the field: no flow.
    expect(at('class-props/server/commands/userInviter.ts', 16)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'class-props/server/emails/templates/BaseEmail.ts')).toEqual([]);
  });

  it("reads a wrapper's parameter names, objects built by assignment and batches built with map", () => {
    const contact = at('built-payloads/apps/web/billing.ts', 24);
    expect(contact.map((f) => [f.via, f.categories, f.expressions])).toEqual([[['createContact', 'loops.createContact', 'loops'], ['email', 'name'], ['subscriber.email', 'subscriber.name']]]);
    expect(at('built-payloads/apps/web/billing.ts', 38).map((f) => [f.sinkId, f.categories])).toEqual([['resend', ['email', 'name']]]);
    expect(at('built-payloads/apps/web/billing.ts', 45).map((f) => f.expressions)).toEqual([['subscriber.email']]);
  });

  it('reports at a framework callback no code of the project calls, and not at a helper the project calls', () => {
    // The option's call is the imported helper's, even with the option named like it.
    expect(at('framework-callbacks/app/auth.ts', 17).map((f) => [f.via, f.expressions])).toEqual([[['sendVerificationRequest', 'sendEmail', 'resend.emails.send', 'resend'], ['identifier']]]);
    expect(at('framework-callbacks/lib/send-verification-request.ts', 5)).toEqual([]);
    expect(at('framework-callbacks/app/auth.ts', 25)).toEqual([]);
    expect(at('framework-callbacks/app/auth.ts', 30).map((f) => f.via)).toEqual([['sendMagicLink', 'sendEmail', 'resend.emails.send', 'resend']]);
    // `ChannelType.EMAIL` names a channel.
    expect(at('framework-callbacks/app/auth.ts', 41)).toEqual([]);
  });

  it('recognises chat widgets configured through their globals', () => {
    expect(at('chat-widgets/src/layout.tsx', 12).map((f) => [f.sinkId, f.via, f.categories])).toEqual([['plain', ['PlainChat', 'plain.setCustomerDetails', 'plain'], ['email', 'name']]]);
    expect(at('chat-widgets/src/layout.tsx', 19).map((f) => [f.sinkId, f.categories])).toEqual([['intercom', ['email', 'name']]]);
    expect(at('chat-widgets/src/layout.tsx', 21).map((f) => f.sinkId)).toEqual(['crisp']);
  });

  it('binds a field read into a local, a union-typed field, a destructured hook method and a compiled template', () => {
    expect(at('field-alias/src/mailer.ts', 27).map((f) => [f.sinkId, f.categories])).toEqual([['nodemailer', ['email', 'name']]]);
    // A mailbox `{ name, address }` holds an email address, never a postal one.
    expect(at('field-alias/src/mailer.ts', 39).map((f) => f.categories)).toEqual([['email']]);
    // A sender from the environment, even as `{ name, address: String(process.env.X) }`, is no one's address.
    expect(at('field-alias/src/mailer.ts', 45)).toEqual([]);
    expect(at('field-alias/src/mailer.ts', 53).map((f) => [f.sinkId, f.categories])).toEqual([['intercom', ['email', 'name']]]);
  });

  it('follows a job queue to its handler, a memoised client, a field made by a factory of transports, and a template made from the whole message', () => {
    // `scheduleEmail` puts the message on the worker's queue; the `scheduleEmail` job's handler sends it through a
    // client made once (`singleton(…, () => new EmailClient(…))`) whose field holds whichever transport the factory makes.
    const invite = 'job-queue/apps/webapp/app/routes/invite.ts';
    expect(at(invite, 15).map((f) => [f.sinkId, f.via, f.categories])).toEqual([
      ['nodemailer', ['scheduleEmail', 'worker.enqueue', 'initializeWorker/scheduleEmail', 'sendEmail', 'EmailClient.send', 'constructMailTransport.send', 'this.#client.sendMail', 'nodemailer'], ['email', 'name']],
      ['resend', ['scheduleEmail', 'worker.enqueue', 'initializeWorker/scheduleEmail', 'sendEmail', 'EmailClient.send', 'constructMailTransport.send', 'this.#client.emails.send', 'resend'], ['email', 'name']],
    ]);
    // A job whose handler only stores its payload, and a system mailbox: no flow.
    expect(at(invite, 22)).toEqual([]);
    expect(at(invite, 30)).toEqual([]);
    // The client's own sender (`from: this.#from`) is the system's, not a person's.
    expect(flows.filter((f) => f.location.file === 'job-queue/packages/emails/src/index.ts')).toEqual([]);
  });

  it("reads a template object's whole props as the mail's text, judged only where the object is made", () => {
    const notify = 'template-body/server/tasks/notify.ts';
    expect(at(notify, 11).map((f) => [f.via, f.categories, f.expressions])).toEqual([
      [['new MentionEmail', 'BaseEmail.send', 'mailer.sendMail', 'transporter.sendMail', 'nodemailer'], ['email', 'name'], ['author.name', 'user.email']],
    ]);
    expect(at(notify, 14).map((f) => f.categories)).toEqual([['email']]);
    // The caller of a method that mails part of its argument is not told the whole was sent.
    expect(at(notify, 25)).toEqual([]);
    // The base class's `replyTo: this.replyTo?.(data)` is made of the props: judged where they are given.
    expect(flows.filter((f) => f.location.file === 'template-body/server/emails/templates/BaseEmail.ts')).toEqual([]);
  });
});

describe('flows through values known by their type', () => {
  const file = (path: string) => `typed-services/src/${path}`;

  it('follows a service typed by what its factory returns, to the driver the factory picks from a record', () => {
    expect(at(file('auth/auth.emails.ts'), 16).map((f) => [f.via, f.categories, f.expressions])).toEqual([[['emailsServices.sendEmail', 'sendEmail', 'client.emails.send', 'resend'], ['email', 'name'], ['user.email', 'user.name']]]);
    expect(at(file('auth/auth.emails.ts'), 21)).toEqual([]);
  });

  it('follows a port injected by a token to the class implementing it, and not to a port whose adapter sends nothing', () => {
    expect(at(file('users/users.service.ts'), 26).map((f) => [f.via, f.categories])).toEqual([[['this.mailer.send', 'SmtpMailer.send', 'this.transport.sendMail', 'nodemailer'], ['email', 'name']]]);
    expect(at(file('users/users.service.ts'), 28)).toEqual([]);
  });

  it('follows the typed members of a context object to the function declared to make that type', () => {
    expect(at(file('users/users.service.ts'), 35).map((f) => [f.via, f.categories])).toEqual([[['ctx.services.tracking.captureUserEvent', 'createTrackingServices/captureUserEvent', 'client.capture', 'posthog-node'], ['email']]]);
    expect(at(file('users/users.service.ts'), 37)).toEqual([]);
  });
});

describe('flows through queues known by their name, and wrappers returning what the vendor answered', () => {
  it("follows a NestJS queue injected by name to its processor's process(), and a BullMQ queue to its Worker", () => {
    expect(at('nest-queue/src/auth/auth.service.ts', 21).map((f) => [f.via, f.categories])).toEqual([
      [['this.mailService.sendToQueue', 'MailService.sendToQueue', 'this.emailQueue.add', 'EmailProcessor.process', 'this.mailService.sendEmail', 'MailService.sendEmail', 'this.driver.sendMail', 'SmtpDriver.sendMail', 'this.transporter.sendMail', 'nodemailer'], ['email', 'name']],
    ]);
    // The audit queue's processor stores the job: no flow.
    expect(at('nest-queue/src/auth/auth.service.ts', 23)).toEqual([]);
    expect(at('nest-queue/src/jobs/welcome.ts', 15).map((f) => f.sinkId)).toEqual(['resend']);
    expect(at('nest-queue/src/jobs/welcome.ts', 17)).toEqual([]);
  });

  it('keeps the summary of a wrapper that returns the sink call result through a local', () => {
    expect(at('returned-result/src/digest.ts', 7).map((f) => [f.via, f.categories, f.expressions])).toEqual([[['sendEmail', 'transport.sendMail', 'nodemailer'], ['email'], ['to']]]);
    expect(at('returned-result/src/digest.ts', 16).map((f) => f.via)).toEqual([['getTransport.sendMail', 'nodemailer']]);
    expect(at('returned-result/src/digest.ts', 18)).toEqual([]);
  });
});

describe('flows through events', () => {
  const signup = 'event-listeners/src/signup.ts';

  it("hands an emitted event's payload to the listeners of its name: NestJS @OnEvent, EventEmitter.on and a bus registered by object", () => {
    expect(at(signup, 19).map((f) => [f.via, f.categories])).toEqual([[['this.eventEmitter.emit', 'WelcomeListener.handleUserCreated', 'this.transporter.sendMail', 'nodemailer'], ['email', 'name']]]);
    expect(at(signup, 21).map((f) => [f.via, f.categories])).toEqual([[['events.emit', 'invite.sent', 'resend.emails.send', 'resend'], ['email']]]);
    expect(at(signup, 23).map((f) => [f.sinkId, f.categories])).toEqual([['posthog', ['email']]]);
  });

  it('reports nothing for an event whose listeners reach no vendor, or that nobody listens to', () => {
    expect(at(signup, 25)).toEqual([]);
    expect(at(signup, 26)).toEqual([]);
  });
});

describe('flows through a local given new values', () => {
  it("follows a parameter's key into a `let` rebuilt by spreads before it is sent", () => {
    expect(at('reassigned-let/src/telemetry.ts', 14).map((f) => [f.via, f.categories])).toEqual([[['Telemetry.#capture', 'this.#client.capture', 'posthog-node'], ['email', 'name']]]);
    expect(at('reassigned-let/src/telemetry.ts', 16)).toEqual([]);
  });
});

describe("flows through Bull's data-first queue and a strategy object chosen in code", () => {
  it('hands `queue.add(data, options)` to the @Process() worker of that queue, and not to a worker that only stores', () => {
    const resolver = 'bull-data-first/src/account/update-password.resolver.ts';
    expect(at(resolver, 13).map((f) => [f.sinkId, f.via, f.inferred])).toEqual([['nodemailer', ['this.mailService.passwordChangeAlert', 'MailService.passwordChangeAlert', 'MailService.addQueue', 'this.mailQueue.add', 'MailQueue.sendMail', 'smtpSendMail', 'transport.sendMail', 'nodemailer'], undefined]]);
    // The audit worker inserts the row: the mail service's name says nothing once its body was followed.
    expect(at(resolver, 15)).toEqual([]);
  });

  it('follows an exported const naming the strategy object the app picked', () => {
    expect(at('strategy-alias/src/payment/operations.ts', 10).map((f) => [f.sinkId, f.via])).toEqual([['stripe', ['paymentProcessor.createCheckoutSession', 'ensureCustomer', 'stripe.customers.list', 'stripe']]]);
    expect(at('strategy-alias/src/payment/operations.ts', 15)).toEqual([]);
  });
});

describe("recipients inferred from a wrapper's own name", () => {
  const evidence = (name: string) => ({ name, evidence: `recipient inferred from the name \`${name}\``, confidence: 0.6 });

  it("names the wrapper whose body ends in a call privmap cannot follow, with the evidence and a confidence below a vendor's", () => {
    const account = 'named-recipient/src/account/account.service.ts';
    expect(at(account, 17).map((f) => [f.sinkId, f.sinkKind, f.via, f.categories, f.inferred])).toEqual([
      ['inferred-email', 'email', ['this.emailService.sendEmail', 'recipient inferred from the name `emailService`'], ['email', 'name'], evidence('emailService')],
    ]);
    // A method of the same service that was read and sends nothing, and one that builds a preview: no flow.
    expect(at(account, 22)).toEqual([]);
    expect(at(account, 24)).toEqual([]);
  });

  it('infers payments, SMS, analytics and a mail queue from unresolved clients, only with data that makes sense for them', () => {
    const checkout = 'named-recipient/src/billing/checkout.ts';
    expect(at(checkout, 14).map((f) => [f.sinkId, f.categories, f.inferred])).toEqual([['inferred-payments', ['email', 'name'], evidence('paymentGateway')]]);
    expect(at(checkout, 16)).toEqual([]);
    expect(at(checkout, 18)).toEqual([]);
    expect(at(checkout, 20).map((f) => [f.sinkId, f.categories])).toEqual([['inferred-sms', ['phone']]]);
    expect(at('named-recipient/src/web/tracking.ts', 11).map((f) => [f.sinkId, f.categories, f.inferred?.name])).toEqual([['inferred-analytics', ['email', 'name'], 'analytics']]);
    expect(at('named-recipient/src/web/tracking.ts', 13)).toEqual([]);
    expect(at('named-recipient/src/jobs/welcome.ts', 8).map((f) => [f.sink, f.sinkId, f.inferred?.name])).toEqual([['emailQueue.add', 'inferred-email', 'emailQueue']]);
  });

  it('never marks a catalogued vendor as inferred', () => {
    // A catalogued vendor is inferred only from its client's name and method path (vendor-named-receiver.ts).
    expect(flows.filter((f) => f.inferred && !f.sinkId.startsWith('inferred-') && !f.inferred.evidence.startsWith('client named'))).toEqual([]);
    expect(flows.filter((f) => !f.inferred && f.sinkId.startsWith('inferred-'))).toEqual([]);
  });
});

describe('vendor clients known by the name they are held under', () => {
  const billing = 'vendor-named-receiver/src/billing/billing.service.ts';
  const reminders = 'vendor-named-receiver/src/notify/reminders.ts';
  const vendor = (f: FlowFinding) => [f.sink, f.sinkId, f.categories, f.inferred?.evidence, f.inferred?.confidence];

  it('reads an injected or untyped client named for a catalogued vendor, calling that vendor\'s method path, as the vendor', () => {
    expect(at(billing, 26).map(vendor)).toEqual([['this.stripe.customers.create', 'stripe', ['email', 'name'], 'client named `stripe`, method path of Stripe\'s SDK', 0.8]]);
    // `Client` is stripped from the name; the catalogue's role `customer_email` is read.
    expect(at(billing, 28).map(vendor)).toEqual([['this.stripeClient.checkout.sessions.create', 'stripe', ['email'], 'client named `stripeClient`, method path of Stripe\'s SDK', 0.8]]);
    expect(at(billing, 30).map((f) => [f.sinkId, f.categories])).toEqual([['posthog', ['email']]]);
    expect(at(billing, 32).map((f) => [f.sinkId, f.sinkKind, f.categories])).toEqual([['resend', 'email', ['email']]]);
    expect(at(reminders, 14).map((f) => [f.sink, f.sinkId, f.sinkKind, f.categories])).toEqual([['twilio.messages.create', 'twilio', 'sms', ['phone']]]);
  });

  it('never where the method path is not the vendor\'s, or the receiver is a value privmap resolves to something else', () => {
    expect(at(billing, 34)).toEqual([]);
    // The app's own `TwilioService`, whose `messages.create` keeps the message in memory.
    expect(at(billing, 36)).toEqual([]);
    // Local objects with methods of their own.
    expect(at(reminders, 18)).toEqual([]);
    expect(at(reminders, 21)).toEqual([]);
  });
});
