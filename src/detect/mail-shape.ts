/**
 * A record shaped like a mail: a field for its subject and one for its body (`mailausgang(subject, body, from, to)`,
 * `rtmessages(subject, body, replyto, mailfrom)`, `Communication(subject, messageBody, sender)`), whatever its name.
 * Its `from`, `to`, `sender` and `replyto` are then the addresses of the people who wrote and get it, as in a record
 * named a mail or one with two copy recipients (`cc`, `bcc`: context.ts). A subject alone is a ticket's or a course's;
 * a body alone a post's.
 */
import type { CompiledRules } from './compile.js';
import { matchTerms } from './match-terms.js';
import { splitWords } from './split-words.js';

/** Formats a mail's body is kept in, after the body's word (`body_html`, `corps_texte`). */
const FORMATS = new Set(['html', 'text', 'plain', 'texte', 'texto', 'testo', 'txt']);

/**
 * Which part of a mail a field names: the part's word alone or after a mail's or a message's word (`subject`,
 * `mailSubject`, `messageBody`), or the body with its format (`body_html`). Not after other words: a
 * `sender_public_body` is an organisation.
 */
export function mailPart(words: string[], rules: CompiledRules): 'subject' | 'body' | undefined {
  const last = words[words.length - 1]!;
  const mailWords = words.slice(0, -1).every((w) => rules.mailContainers.has(w) || rules.messageContainers.has(w));
  if (mailWords && rules.mailSubjects.has(last)) return 'subject';
  if (mailWords && rules.mailBodies.has(last)) return 'body';
  if (words.length === 2 && rules.mailBodies.has(words[0]!) && FORMATS.has(last)) return 'body';
  return undefined;
}

/**
 * A party's own address field (`sender_email`, `recipient_email`): a record that keeps its parties' addresses apart
 * names them in its bare `sender` and `recipient` (a request's message), so its shape makes no mail of them.
 */
export function isPartyAddress(words: string[], rules: CompiledRules): boolean {
  if (words.length < 2 || !words.some((w) => rules.termWords.has(w))) return false;
  return matchTerms(words, rules).matches.some((m) => m.rule.category === 'email' && m.prefix.length > 0 && m.suffix.length === 0);
}

/** A mail filter or rule (`Rule(from, to, subject, body)`): its fields are patterns a mail is matched against. */
export function isMailFilter(container: string[] | undefined, rules: CompiledRules): boolean {
  const segment = container?.[container.length - 1];
  return segment !== undefined && splitWords(segment).some((w) => rules.mailFilterContainers.has(w));
}
