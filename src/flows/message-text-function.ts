/**
 * A function named for the text of a message it returns, given the data to fill it with:
 * `clientCancellationTemplate({ clientName, serviceName })`, `otpTemplate(data)`, `feedbackEmailHtml({ name })`.
 * Apps without a template engine write their mails as functions returning an HTML template literal, one per mail,
 * named for the mail and ending in the word for its text (`template`, `html`, `text`, `content`, `body`); the text holds what it was given, as a `render…` /
 * `compileTemplate` call does (personal-data.ts, template-fill.ts). Read by the words of the name: the last is
 * `template` or `html`, and the first is not a verb of storing, looking up or sending (`createTemplate(…)`,
 * `getTemplate(id)`, `sendTemplate(…)` hand out a record or do something else); never a SQL or query template.
 */
import { byNameWords } from './name-words.js';

/**
 * `…Template`, `…Html`; and a mail's plain text or body (`subscriptionGrantedText({ customerName })`,
 * `auditAssignedEmailContent({ creatorName })`, `welcomeMessageBody(user)`): apps sending a text part beside the
 * HTML, or only text, name that function for it in the same way.
 */
const TEXT_LAST = new Set(['template', 'html', 'text', 'content', 'body']);
/** First words naming an action on a template rather than the filled text: these calls return a row, an id or nothing. */
const NOT_FILLING = new Set([
  'add', 'apply', 'assert', 'can', 'check', 'copy', 'create', 'delete', 'duplicate', 'export', 'fetch', 'find', 'get',
  'has', 'import', 'insert', 'is', 'list', 'load', 'mock', 'parse', 'pick', 'preview', 'read', 'register', 'remove',
  'save', 'seed', 'select', 'send', 'set', 'should', 'update', 'upsert', 'use', 'validate',
]);
const NOT_TEXT = new Set(['sql', 'query', 'path', 'url', 'schema', 'regex', 'route', 'file', 'id']);

const namesMessageText = byNameWords(
  (words, method) => words.length > 1 && /^[a-z]/.test(method) && TEXT_LAST.has(words[words.length - 1]!) && !NOT_FILLING.has(words[0]!) && !words.some((w) => NOT_TEXT.has(w)),
);

/** Whether a callee's last name (`clientBookingConfirmationTemplate`) is a function returning a message's filled text. */
export function isMessageTextFunction(name: string): boolean {
  return namesMessageText(name.slice(name.lastIndexOf('.') + 1));
}
