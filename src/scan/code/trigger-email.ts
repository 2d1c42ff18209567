/**
 * Firebase's Trigger Email extension (firebase.google.com/docs/extensions/official/firestore-send-email): a document
 * written to the collection it watches (`mail` by default) with `to` and a `message` (or a `template`) is a mail the
 * extension sends through the SMTP server it was installed with. Apps on Firebase send their confirmations so, with
 * no mailer in their code (seen in a Viennese concert venue's booking system: `setDoc(doc(db, \`apps/${APP_ID}/mail\`,
 * id), { to: email, message: { subject, html } })`). Any other Firestore write is the app's own store, so only a write
 * to a collection named for mail, of a document shaped as the extension reads one, counts: the modular SDK's `addDoc`
 * and `setDoc`, and the namespaced or admin SDK's `collection('mail').add(…)` and `.doc(id).set(…)`.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The catalogue's id of the extension (rules/sinks/messaging.yml). */
export const TRIGGER_EMAIL_SINK = 'firebase-trigger-email';

/** The collection names the extension is installed with: its default `mail`, and what apps rename it to. */
const MAIL_COLLECTIONS = new Set(['mail', 'mails', 'email', 'emails']);
const WRITE_FUNCTIONS = new Set(['addDoc', 'setDoc']);
const WRITE_METHODS = new Set(['add', 'set']);
const REFERENCE_FUNCTIONS = new Set(['collection', 'doc']);
const ADDRESS_KEYS = new Set(['to', 'toUids', 'cc', 'ccUids', 'bcc', 'bccUids']);
const MESSAGE_KEYS = new Set(['message', 'template']);

type LocalValue = (name: string) => ts.Expression | undefined;

/** A collection name or path segment naming mail, quoted (`'mail'`, `` `apps/${id}/mail` ``). */
const MAIL_SEGMENT = /['"`/]e?mails?['"`]/;
const WRITE_CALL = /\b(?:addDoc|setDoc|add|set)\s*\(/;

/** Whether a file's text may write such a document at all, so most files pay no search of their calls. */
export function mayWriteTriggerEmail(text: string): boolean {
  return MAIL_SEGMENT.test(text) && WRITE_CALL.test(text);
}

/** `addDoc(collection(db, 'mail'), { to, message })`, `db.collection('mail').doc(id).set({ to, message })`. */
export function isTriggerEmailWrite(call: ts.CallExpression, localValue: LocalValue): boolean {
  const callee = unwrap(call.expression);
  let target: ts.Expression | undefined;
  let data: ts.Expression | undefined;
  if (typescript.isIdentifier(callee) && WRITE_FUNCTIONS.has(callee.text)) [target, data] = [call.arguments[0], call.arguments[1]];
  else if (typescript.isPropertyAccessExpression(callee) && WRITE_METHODS.has(callee.name.text)) [target, data] = [callee.expression, call.arguments[0]];
  return target !== undefined && data !== undefined && isMailDocument(data, localValue) && namesMailCollection(target, localValue, 0);
}

/** An object with an addressee and a message or template, written here or in the local it was kept in. */
function isMailDocument(data: ts.Expression, localValue: LocalValue): boolean {
  let value = unwrap(data);
  if (typescript.isIdentifier(value)) value = unwrap(localValue(value.text) ?? value);
  if (!typescript.isObjectLiteralExpression(value)) return false;
  const keys = value.properties.flatMap((p) => (p.name && (typescript.isIdentifier(p.name) || typescript.isStringLiteral(p.name)) ? [p.name.text] : []));
  return keys.some((k) => ADDRESS_KEYS.has(k)) && keys.some((k) => MESSAGE_KEYS.has(k));
}

/** A reference into the mail collection: `collection(db, 'mail')`, `doc(db, 'mail', id)`, `db.collection('mail').doc(id)`, or a local holding one. */
function namesMailCollection(node: ts.Expression, localValue: LocalValue, depth: number): boolean {
  const value = unwrap(node);
  if (depth > 3) return false;
  if (typescript.isIdentifier(value)) {
    const held = localValue(value.text);
    return held !== undefined && namesMailCollection(held, localValue, depth + 1);
  }
  if (!typescript.isCallExpression(value)) return false;
  const callee = unwrap(value.expression);
  if (typescript.isIdentifier(callee) && REFERENCE_FUNCTIONS.has(callee.text)) return value.arguments.some(isMailPath);
  if (!typescript.isPropertyAccessExpression(callee)) return false;
  if (callee.name.text === 'collection') return value.arguments.some(isMailPath);
  // `.doc(id)` of a collection reference: the collection it is in.
  return callee.name.text === 'doc' && namesMailCollection(callee.expression, localValue, depth + 1);
}

/** `'mail'`, `'apps/x/mail'`, `` `apps/${APP_ID}/mail` ``: a path with a segment naming the mail collection. */
function isMailPath(arg: ts.Expression): boolean {
  const value = unwrap(arg);
  const texts = typescript.isStringLiteralLike(value) ? [value.text] : typescript.isTemplateExpression(value) ? [value.head.text, ...value.templateSpans.map((s) => s.literal.text)] : [];
  return texts.some((text) => text.split('/').some((segment) => MAIL_COLLECTIONS.has(segment)));
}
