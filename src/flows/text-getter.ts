/**
 * A function named `get…` for the text of a message it returns, given the data to fill it with:
 * `getWelcomeTemplate(data)`, `getBaseTemplate(title, content)`, `getBookingConfirmationHtml(booking)`. Apps that
 * write one function per mail returning an HTML template literal often name it as a getter; a `get` name is
 * otherwise read as a look-up whose result is a row, not its arguments (`getUserByEmail(email)`, `getTemplate(id)`).
 * Read by the words of the name: `get`, at least one word naming the message, and a last word for its text
 * (`template`, `html`, `body`, `content`); never a word naming a look-up key or a query (`getTemplateById`,
 * `getSqlTemplate`) and never a single word between (`getTemplate`, `getBody` are look-ups of a stored text).
 */
import { byNameWords } from './name-words.js';

const TEXT_LAST = new Set(['template', 'html', 'body', 'content']);
const NOT_TEXT = new Set(['sql', 'query', 'path', 'url', 'schema', 'regex', 'route', 'file', 'id', 'ids', 'request', 'response', 'req', 'res', 'page', 'post', 'db', 'stored', 'saved', 'default', 'raw']);

const namesTextGetter = byNameWords(
  (words, method) => words.length > 2 && /^get[A-Z]/.test(method) && words[0] === 'get' && TEXT_LAST.has(words[words.length - 1]!) && !words.some((w) => NOT_TEXT.has(w)),
);

/** Whether a callee's last name (`getWelcomeTemplate`) is a getter of a message's filled text. */
export function isTextGetter(name: string): boolean {
  return namesTextGetter(name.slice(name.lastIndexOf('.') + 1));
}
