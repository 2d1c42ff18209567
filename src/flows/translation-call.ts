/**
 * Translated text filled with values: `t('mail.welcome', { name: user.firstName })`, `i18n.t(key, values)`,
 * `intl.formatMessage(descriptor, { name })`, `req.__('Hello %s', name)`, and a locale's dictionary of message
 * functions (`const t = getLocale('en'); t.meeting_email.to_student.body(student.first_name, student.last_name)`).
 * Apps sending mails in several languages write a mail's subject and body so, and the text they get back holds the
 * values they gave; the result of such a call was read by its type only, so the names in a mail's text were lost.
 * A call is a translation where the root of its callee is the conventional translator (`t`, `$t`, `__`, `i18n`,
 * `i18next`, `intl`, `translate`, `translator`) or the method called is (`x.t(…)`, `x.__(…)`,
 * `x.translate(…)`, `intl.formatMessage(…)`); what the arguments carry is read as a message text's (personal-data.ts).
 * A local merely named `t` holding anything else is rare: a translator is what the one-letter `t` means in app code.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** Names of a translator object or function, at the root of the callee. */
const TRANSLATOR_ROOTS = new Set(['t', '$t', '__', 'i18n', 'i18next', 'intl', 'translate', 'translator', 'translations']);
/** Methods of a translator, whatever the receiver is called (`req.t`, `this.i18n.translate`, `intl.formatMessage`). */
const TRANSLATOR_METHODS = new Set(['t', '$t', '__', '__n', 'translate', 'formatMessage']);

/** Whether a call returns translated text filled with its arguments. */
export function isTranslationCall(call: ts.CallExpression): boolean {
  if (call.arguments.length === 0) return false;
  let node = unwrap(call.expression);
  if (typescript.isPropertyAccessExpression(node) && TRANSLATOR_METHODS.has(node.name.text)) return true;
  while (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) node = unwrap(node.expression);
  return typescript.isIdentifier(node) && TRANSLATOR_ROOTS.has(node.text);
}
