/**
 * A piece of a message's text named for the mail it belongs to: `t.verifySubtext(firstName)`, `t.deleteHeading(name)`,
 * `checkoutIntro(name)`. Apps translating their mails keep one function per piece in a table per language, keyed by
 * the mail (`verify…`, `delete…`, `update…`) and the piece (`…Subtext`, `…Heading`); a name starting with such a
 * verb is otherwise read as a look-up or a write whose result is a record (flow-facts.ts `isDataAccess`). Only after a
 * verb of writing or checking: `getMessage(id)`, `findTitle(…)` still read a stored text.
 */
import { byNameWords } from './name-words.js';

const MAIL_VERBS = new Set(['verify', 'validate', 'check', 'delete', 'remove', 'update', 'create', 'save', 'insert', 'upsert']);
const TEXT_PIECES = new Set(['text', 'subtext', 'heading', 'subheading', 'subject', 'body', 'html', 'greeting', 'intro', 'paragraph', 'title', 'message']);

const namesTextPiece = byNameWords((words) => words.length >= 2 && MAIL_VERBS.has(words[0]!) && TEXT_PIECES.has(words[words.length - 1]!));

/** Whether a callee's last name (`verifySubtext`) is a piece of a message's text rather than a record's look-up. */
export function isTextPiece(name: string): boolean {
  return namesTextPiece(name.slice(name.lastIndexOf('.') + 1));
}
