/**
 * A mail posted to a service whose setting names no one: `fetch(env.SPAM_URL, { method: 'POST', body:
 * JSON.stringify({ to, subject, html }) })`, `axios.post(config.mailer.url, { to: user.email, subject, text })`.
 * Organisations run their own mail relays (a student chapter's mail service, a municipality's mail gateway) and apps
 * call mail APIs privmap does not catalogue; the setting's name (`SPAM_URL`, `config.relay.url`) says nothing of whose
 * server it is, so such a call was the app's own (http-targets.ts: unnamed settings are not reported). The body says
 * it: a message with a recipient (`to`, `cc`, `bcc`, `recipients`) and a subject or an HTML part is a mail, and the
 * server it is handed to delivers it to that recipient. It is read as a mail service of the project, inferred
 * (`inferred-email`), so the wrapper's callers are reported where the address enters. Not read so: a relative URL or a
 * setting naming the app's own API (`API_URL`: the app's backend sends the mail, and is read where it does), and a
 * body without a subject or HTML part (an SMS gateway's `{ to, text }`, a chat message).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { baseOfArguments, type BaseNames, type UrlBase } from './http-base.js';
import { targetOfSetting } from '../../flows/http-targets.js';
import { appNames } from './http-configured.js';
import { inferredSink, INFERRED_CONFIDENCE, MESSAGE_EVIDENCE } from '../../flows/named-recipient.js';
import type { SinkCatalogue, SinkDef } from '../../flows/types.js';

/** Keys naming a mail's recipients. */
const RECIPIENT_KEYS = new Set(['to', 'cc', 'bcc', 'recipient', 'recipients', 'toAddress', 'toAddresses', 'toEmail', 'emailTo']);
/** Keys only a mail has: an SMS or a chat message has a text but no subject and no HTML part. */
const MAIL_KEYS = new Set(['subject', 'html', 'htmlBody', 'htmlContent', 'bodyHtml']);
/** Keys of a request's options holding what is sent (`fetch`'s `body`, axios's `data`, got's `json`). */
const PAYLOAD_KEYS = new Set(['body', 'data', 'json', 'form', 'payload']);
/** Wrappers whose result is the object they are given, as sent on the wire. */
const SERIALISERS = new Set(['JSON.stringify', 'qs.stringify', 'querystring.stringify']);

const MAX_DEPTH = 4;

export interface MailPost {
  sink: SinkDef;
  /** The setting the URL is read from (`env.SPAM_URL`), for the finding's evidence. */
  setting: string;
  evidence: string;
  confidence: number;
}

/**
 * The inferred mail service a generic HTTP call posts a mail to, where its URL is a setting of no known owner and
 * its body a mail's fields; undefined otherwise.
 */
export function mailShapedPost(args: readonly ts.Expression[], clientBase: UrlBase | undefined, names: BaseNames, catalogue: SinkCatalogue, sourceFile: ts.SourceFile, localValue: (name: string) => ts.Expression | undefined): MailPost | undefined {
  const base = baseOfArguments(args, names) ?? clientBase;
  if (!base || 'relative' in base) return undefined;
  const target = targetOfSetting(catalogue, base.setting, appNames(sourceFile));
  if (!target.own || !target.unnamed) return undefined;
  if (!args.slice(1).some((arg) => isMail(payloadOf(arg, localValue), localValue)) && !(args[0] && isMail(payloadOf(args[0], localValue), localValue))) return undefined;
  const sink = inferredSink('inferred-email');
  if (!sink) return undefined;
  return { sink, setting: base.setting, evidence: `${MESSAGE_EVIDENCE} (\`${base.setting}\`)`, confidence: INFERRED_CONFIDENCE };
}

/** The object a request sends: its options' body (`{ body: JSON.stringify(message) }`), or the argument itself (`axios.post(url, message)`). */
function payloadOf(arg: ts.Expression, localValue: (name: string) => ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  const value = objectOf(arg, localValue, 0);
  if (!value) return undefined;
  for (const property of value.properties) {
    if (!typescript.isPropertyAssignment(property) && !typescript.isShorthandPropertyAssignment(property)) continue;
    if (!(typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) || !PAYLOAD_KEYS.has(property.name.text)) continue;
    const inner = objectOf(typescript.isPropertyAssignment(property) ? property.initializer : property.name, localValue, 0);
    if (inner) return inner;
  }
  return value;
}

/** The object literal a value is: written in place, serialised (`JSON.stringify({ … })`), or a local's. */
function objectOf(input: ts.Expression, localValue: (name: string) => ts.Expression | undefined, depth: number): ts.ObjectLiteralExpression | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrap(input);
  if (typescript.isObjectLiteralExpression(node)) return node;
  if (typescript.isIdentifier(node)) {
    const value = localValue(node.text);
    return value ? objectOf(value, localValue, depth + 1) : undefined;
  }
  if (typescript.isCallExpression(node) && node.arguments[0] && SERIALISERS.has(calleeText(node.expression))) return objectOf(node.arguments[0], localValue, depth + 1);
  return undefined;
}

function calleeText(callee: ts.Expression): string {
  const node = unwrap(callee);
  return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) ? `${node.expression.text}.${node.name.text}` : '';
}

/** Whether an object's keys are a mail's: a recipient, and a subject or an HTML part. */
function isMail(object: ts.ObjectLiteralExpression | undefined, localValue: (name: string) => ts.Expression | undefined): boolean {
  if (!object) return false;
  const keys = new Set<string>();
  for (const property of object.properties) {
    if (typescript.isSpreadAssignment(property)) {
      // `{ ...message, key: env.KEY }`: the message's own keys.
      const spread = objectOf(property.expression, localValue, 1);
      spread?.properties.forEach((p) => p.name && (typescript.isIdentifier(p.name) || typescript.isStringLiteral(p.name)) && keys.add(p.name.text));
    } else if (property.name && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) keys.add(property.name.text);
  }
  return [...keys].some((k) => RECIPIENT_KEYS.has(k)) && [...keys].some((k) => MAIL_KEYS.has(k));
}
