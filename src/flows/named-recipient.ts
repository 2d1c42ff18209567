/**
 * A recipient known from a wrapper's own name, where its body cannot be followed to a vendor: an import privmap
 * cannot resolve (a generated client, a package outside the repository), a method it finds no body for, or a body
 * that hands the data to such a call (`this.temporal.client.workflow.signalWithStart(…)` inside `EmailService.sendEmail`).
 * `this.mailService.sendPasswordReset({ to: user.email })`, `emailQueue.add(…)`, `analytics.identify(id, { email })`,
 * `paymentProcessor.createCheckoutSession({ userEmail })` are then flows to a mail service, analytics or payments,
 * marked as inferred (lower confidence than a catalogued vendor). Never where the callee's body was read and
 * reaches nothing: a `mailService.renderTemplate(user)` that only builds text is no flow.
 *
 * Parameters that reach a call privmap cannot follow are kept in the summaries as entries of the pseudo-sink
 * `OPAQUE` (never reported); a call named for a recipient turns them into that recipient's entries.
 */
import { nameWords } from './name-words.js';
import type { Category } from '../detect/types.js';
import type { CallFact } from './module-facts.js';
import type { SinkDef } from './types.js';
import { withRecipientRoles } from './inferred-mail-roles.js';

/** The sink id of "handed to a call privmap cannot follow": carried in summaries, never a flow by itself. */
export const OPAQUE = '<opaque>';

/** How sure an inferred recipient is, against 1 for a catalogued vendor's call. */
export const INFERRED_CONFIDENCE = 0.6;

/**
 * What a word in a callee's name says it delivers to, by the sink kind of the catalogue. A word naming the data
 * (`email`, `payment`) names a service only beside a word for one (`emailService`, `paymentProcessor`,
 * `sendWelcomeEmailTask`); `mailer`, `smtp`, `newsletter`, `analytics`, `tracking`, `sms`, `whatsapp`, `crm` name one alone.
 */
const KIND_WORDS: ReadonlyMap<string, string> = new Map([
  ['mail', 'email'],
  ['mailer', 'email'],
  ['mails', 'email'],
  ['email', 'email'],
  ['emails', 'email'],
  ['smtp', 'email'],
  ['newsletter', 'email'],
  ['mailing', 'email'],
  ['sms', 'sms'],
  // WhatsApp is catalogued as a text message's channel (rules/sinks/messaging.yml `whatsapp`, kind sms).
  ['whatsapp', 'sms'],
  ['analytics', 'analytics'],
  ['tracking', 'analytics'],
  ['payment', 'payments'],
  ['payments', 'payments'],
  ['crm', 'crm'],
]);

/** Kind words that name a service by themselves (`mailer.deliver`, `analytics.identify`). */
const SERVICE_KIND_WORDS = new Set(['mailer', 'smtp', 'newsletter', 'analytics', 'tracking', 'sms', 'whatsapp', 'crm']);

/** Words for something that delivers, beside a kind word that names the data (`emailSender`, `mailQueue`, `paymentGateway`). */
const SERVICE_WORDS = new Set(['service', 'services', 'sender', 'client', 'queue', 'processor', 'gateway', 'provider', 'api', 'transport', 'transporter', 'adapter', 'driver', 'worker', 'manager', 'notifier', 'dispatcher', 'integration', 'sdk', 'connector', 'task', 'job', 'jobs', 'workflow', 'module', 'helper', 'helpers', 'platform', 'channel',
  // The same words in the apps' other languages (`adaptateurMail`, `servicioCorreo`, `mailDienst`), session 15.
  'adaptateur', 'adaptador', 'adaptor', 'fournisseur', 'proveedor', 'servicio', 'servico', 'dienst', 'passerelle', 'pasarela', 'connecteur', 'conector']);

/** Kinds that are the message itself: a mail or a text goes out, what else the name says is what it is about. */
const MESSAGE_KINDS = new Set(['email', 'sms']);

/**
 * The kind the words name: a message's medium before any other (`sendPaymentSuccessEmail`, `paymentEmailService` send
 * a mail about a payment, not to a payment service), else the first.
 */
function namedKind(words: readonly string[]): string | undefined {
  const kinds = words.map((w) => KIND_WORDS.get(w)).filter((k): k is string => k !== undefined);
  return kinds.find((k) => MESSAGE_KINDS.has(k)) ?? kinds[0];
}

/** The kind a name's words say it delivers to (`_emailService` -> email), if they name a service. */
function kindOfWords(words: readonly string[]): string | undefined {
  const kind = namedKind(words);
  if (kind === undefined) return undefined;
  return words.some((w) => SERVICE_KIND_WORDS.has(w) || SERVICE_WORDS.has(w)) ? kind : undefined;
}

/** Receivers that hold or check the data rather than deliver it (`emailRepository`, `mailTemplates`, `emailValidator`). */
const KEEPING_WORDS = new Set(['repository', 'repo', 'store', 'dao', 'model', 'entity', 'table', 'template', 'templates', 'validator', 'parser', 'cache', 'config', 'settings', 'schema', 'dto', 'log', 'logs', 'logger', 'history', 'preferences', 'preference', 'verified', 'address', 'addresses', 'domain', 'domains']);

/** Receivers that are the app's own database client or transaction (`prisma.crmLead`, `tx.emailQueue`). */
const DATABASE_CLIENTS = new Set(['prisma', 'prismadb', 'prismaclient', 'db', 'database', 'knex', 'sequelize', 'mongoose', 'drizzle', 'tx', 'trx', 'transaction', 'em', 'entitymanager', 'datasource', 'orm']);

/** Keeping words that, after a delivery verb, say what the message is made from (`sendEmailTemplate`). */
const TEMPLATE_WORDS = new Set(['template', 'templates']);

/** Verbs of a method that delivers, for a function named without a receiver (`sendEmail`, `queueWelcomeMail`, `notifyBySms`). */
const DELIVERY_VERBS = new Set(['send', 'deliver', 'queue', 'enqueue', 'notify', 'dispatch', 'schedule', 'post']);

/** Methods that read, check or shape a value rather than hand it on (`getTemplate`, `isValid`, `render`, `toLowerCase`, `toMsisdn`). */
const NOT_DELIVERY = /^(?:safe|get|find|fetch|load|list|query|select|search|count|exists|check|verify|validate|is|has|can|should|format|parse|render|compile|build|preview|sanitize|escape|encode|decode|hash|compare|normalize|log|debug|info|warn|error|trace|includes|index|map|filter|reduce|push|remove|delete|unsubscribe|save|update|upsert|insert|set|store|cache|lookup|resolve|mark)(?![a-z])|^to[A-Z]/;

/**
 * Words of an identifier (`_emailService` -> [email, service]): the detector's splitter, so names read alike everywhere,
 * with WhatsApp one word however it is cased or shortened (`sendWhatsApp`, `whatsappService`, `wa.send`).
 */
export function wordsOf(name: string): readonly string[] {
  const words = nameWords(name);
  const at = words.findIndex((w, i) => w === 'whats' && words[i + 1] === 'app');
  const joined = at < 0 ? words : [...words.slice(0, at), 'whatsapp', ...words.slice(at + 2)];
  // `ctx.wa.send(telefone, texto)`, `waClient`: WhatsApp's common short name (Brazilian agents' adapters).
  return joined.includes('wa') ? joined.map((w) => (w === 'wa' ? 'whatsapp' : w)) : joined;
}

/**
 * Answers of `recipientByName` by callee text: the link stage asks it of the same calls in every summary round
 * and again when judging callers, and splitting the names into words was 2 % of a scan without cache.
 */
const byCallee = new Map<string, { kind: string; name: string } | null>();

/** The recipient a callee's name says (`this.mailService.sendReset` -> email, from `mailService`), if any. */
export function recipientByName(callee: string): { kind: string; name: string } | undefined {
  const known = byCallee.get(callee);
  if (known !== undefined) return known ?? undefined;
  const found = readRecipient(callee);
  if (byCallee.size > 50_000) byCallee.clear();
  byCallee.set(callee, found ?? null);
  return found;
}

function readRecipient(callee: string): { kind: string; name: string } | undefined {
  const parts = callee.split('.').filter((p) => p !== '' && p !== 'this' && p !== '()');
  const method = parts[parts.length - 1];
  if (!method || NOT_DELIVERY.test(method)) return undefined;
  // `prismadb.crm_Leads.create(…)`, `db.smsLog.insert(…)`: a table of the app's own database, whatever it is named for.
  if (onDatabaseClient(parts)) return undefined;
  // The receiver's nouns first (`emailSender.send`, `paymentProcessor.createCheckoutSession`), nearest first.
  for (let i = parts.length - 2; i >= 0; i--) {
    const words = wordsOf(parts[i]!);
    if (words.some((w) => KEEPING_WORDS.has(w))) return undefined;
    const kind = kindOfWords(words);
    if (kind) return { kind, name: parts[i]! };
  }
  // A function or method named for what it delivers (`sendEmail`, `sendWelcomeEmailAsync`, `sendSms`).
  const words = wordsOf(method);
  // `sendEmailTemplate`, `sendMailTemplates`: a mail made from a template is sent; `emailTemplate.send` keeps its reading above.
  const kept = DELIVERY_VERBS.has(words[0] ?? '') ? words.filter((w) => !TEMPLATE_WORDS.has(w)) : words;
  if (!words.some((w) => DELIVERY_VERBS.has(w)) || kept.some((w) => KEEPING_WORDS.has(w))) return undefined;
  const kind = namedKind(words);
  return kind ? { kind, name: method } : undefined;
}

/** Whether a call privmap cannot follow may hand its arguments on (a `signalWithStart`, a `register`), rather than read them (`isValid`). */
export function mayHandOn(callee: string): boolean {
  const method = callee.split('.').filter((p) => p !== '()').pop();
  return method !== undefined && method !== '' && !NOT_DELIVERY.test(method);
}

/** Whether a callee's receivers (every part but the method) include the app's own database client. */
function onDatabaseClient(parts: readonly string[]): boolean {
  return parts.slice(0, -1).some((p) => DATABASE_CLIENTS.has(p.toLowerCase()));
}

/** `this.prisma.sendRecord.create`, `db.insert`: a call on the app's own database client. */
export function isDatabaseCall(callee: string): boolean {
  return onDatabaseClient(callee.split('.'));
}

/**
 * A row of the app's own database keeps what a call hands it (`this.prisma.customer.create({ data: { phone } })` in
 * `SmsService.createFallbackCustomer`). Only in a function named for sending (`scheduleMail` writing the row a worker
 * mails) is the row where the message goes. `fn` is the enclosing function's id (`SmsService.createFallbackCustomer`).
 */
export function keptInOwnDatabase(callee: string, fn: string | undefined): boolean {
  return isDatabaseCall(callee) && !(fn && recipientByName(fn.slice(fn.lastIndexOf('.') + 1)));
}

/** The evidence of a recipient inferred from the message a call sends rather than from a name. */
export const MESSAGE_EVIDENCE = "recipient inferred from the message sent: a mail's fields posted to a service of no known owner";

const EVIDENCE = /^recipient inferred from the name `(.+)`$/;

export function evidenceFor(name: string): string {
  return `recipient inferred from the name \`${name}\``;
}

/** The name an inferred chain ends with (its last step is the evidence), if it is one. */
export function inferredName(chain: readonly string[]): string | undefined {
  return EVIDENCE.exec(chain[chain.length - 1] ?? '')?.[1];
}

const INFERRED_TITLES: Record<string, string> = {
  email: 'A mail service of the project',
  sms: 'An SMS or WhatsApp service of the project',
  analytics: 'An analytics service of the project',
  payments: 'A payment service of the project',
  crm: 'A CRM service of the project',
};

const INFERRED_SINKS: ReadonlyMap<string, SinkDef> = new Map(
  Object.entries(INFERRED_TITLES).map(([kind, title]) => [`inferred-${kind}`, { id: `inferred-${kind}`, kind, title: `${title} (recipient inferred from its name)`, packages: [], calls: [], hosts: [] }]),
);

/** The pseudo-sink of an inferred recipient of that kind (`inferred-email`). */
export function inferredSinkId(kind: string): string {
  return `inferred-${kind}`;
}

export function inferredSink(id: string): SinkDef | undefined {
  return INFERRED_SINKS.get(id);
}

/**
 * Whether what reaches an inferred recipient makes sense for it: a mail service is given an address (a name
 * alone may be a template's text), an SMS service a phone number; analytics, payments and CRM any of a person's data.
 */
export function makesSense(kind: string, categories: ReadonlySet<Category>): boolean {
  if (kind === 'email') return categories.has('email');
  if (kind === 'sms') return categories.has('phone');
  return categories.size > 0;
}

/** Whether a call fact may carry a parameter onward (used to keep only the calls worth an `OPAQUE` entry). */
export function carriesParams(call: CallFact): boolean {
  const inProps = (props: Record<string, { params?: unknown[] }> | undefined) => props !== undefined && Object.values(props).some((p) => p.params?.length);
  // `const mail = build(name); mail.to = email; send(mail)`: the parameters are in the built object's call and the keys given after.
  return call.args.some((a) => a.params?.length || inProps(a.props) || inProps(a.filledProps) || a.madeBy?.args.some((m) => m.params?.length));
}

/** What `ProjectLinks` found a call reaches (entries as if the call's arguments were parameters), as link.ts keeps it. */
export interface Reached<E extends { param: number; sinkId: string; chain: string[] }> {
  entries: E[];
  callee: string;
}

/**
 * A call's entries with its name read: a call that reaches a known sink keeps them; one named for a recipient whose
 * target cannot be followed (`unresolved`), or whose body only reaches calls privmap cannot follow (`OPAQUE`
 * entries), reaches that recipient; an unnamed call privmap cannot follow hands its arguments on as `OPAQUE`.
 */
export function withNamedRecipient<E extends { param: number; sinkId: string; chain: string[]; package?: string }>(call: CallFact, known: Reached<E> | undefined, isResolved: boolean, callee: string, isLog?: (sinkId: string) => boolean): Reached<E> | undefined {
  if (call.sinkId) return known;
  // A mail service that logs the message where it does not send it (`if (!shouldSend) this.logger.debug(data)`)
  // still hands it to the call it cannot follow: its log entries are kept beside the recipient its name says.
  const logs = isLog ? (known?.entries ?? []).filter((e) => isLog(e.sinkId)) : [];
  const entries = logs.length ? known!.entries.filter((e) => !logs.includes(e)) : known?.entries ?? [];
  if (entries.some((e) => e.sinkId !== OPAQUE)) return known;
  if (isResolved && entries.length === 0) return known;
  const named = recipientByName(callee);
  if (named) {
    const sinkId = inferredSinkId(named.kind);
    const chain = [evidenceFor(named.name)];
    const converted = isResolved
      ? entries.map((e) => {
          const { package: _package, ...rest } = e;
          return { ...rest, sinkId, chain } as E;
        })
      : call.args.map((_, param) => ({ param, sinkId, chain }) as E);
    // A mail service's `to` / `recipients` hold addresses, as a catalogued mailer's do (inferred-mail-roles.ts).
    if (named.kind === 'email') converted.forEach((e, i) => (converted[i] = withRecipientRoles(e as E & { key?: string })));
    return converted.length ? { entries: [...logs, ...converted], callee: known?.callee ?? callee } : known;
  }
  if (isResolved || !carriesParams(call) || !mayHandOn(callee)) return known;
  // `this.prisma.customer.create(…)` kept by the type of `this.prisma` (`PrismaService`, [`:`, `customer`, `create`]):
  // the callee as written says it is the app's database; read as an unknown call, the class's name (`SmsService`)
  // turned the row into a text message.
  if (call.written && keptInOwnDatabase(call.written, call.fn)) return known;
  return { entries: call.args.map((_, param) => ({ param, sinkId: OPAQUE, chain: [] as string[] }) as E), callee };
}

/**
 * What an inferred recipient adds to a flow (`{}` for a catalogued sink), or `null` where the data does not make
 * sense for it (a mail service given no address).
 */
export function inferredFlow(sink: SinkDef, categories: ReadonlySet<Category>, chain: readonly string[]): { inferred?: { name: string; evidence: string; confidence: number } } | null {
  if (!inferredSink(sink.id)) return {};
  if (!makesSense(sink.kind, categories)) return null;
  const name = inferredName(chain);
  // No name in the chain: the recipient was inferred from what the call sends (a mail's fields, mail-shaped-post.ts).
  if (name === undefined) return { inferred: { name: chain[chain.length - 2] ?? '', evidence: MESSAGE_EVIDENCE, confidence: INFERRED_CONFIDENCE } };
  return { inferred: { name, evidence: evidenceFor(name), confidence: INFERRED_CONFIDENCE } };
}

/**
 * The entries a call is judged by: a call that reaches a catalogued vendor is that vendor's flow, even where an
 * earlier round of the summaries inferred a recipient before the vendor was found (summaries only grow).
 */
export function judgedEntries<E extends { sinkId: string }>(entries: E[], isLog?: (sinkId: string) => boolean): E[] {
  const real = entries.filter((e) => e.sinkId !== OPAQUE && !inferredSink(e.sinkId));
  // A function that logs what it also sends to an inferred recipient (`appLogger.info(email)` beside
  // `this.transactionalEmailsApi.delete(email)`): the logger says nothing of where else the data goes.
  if (isLog && real.every((e) => isLog(e.sinkId))) return entries;
  return real.length ? real : entries;
}
