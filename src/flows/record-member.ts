/**
 * A record handed whole to a wrapper that reads one member of it (`sendEmailTemplate(type, insertedUser)` where the
 * helper sends `to: recipient.email`): the member the wrapper reads is the caller's record's member, so the person's
 * address leaves at the caller as surely as `sendEmailTemplate(type, { email: user.email })` would. What the member
 * holds is what its own name says in the wrapper (`email`, `firstName`: the summary entry's `named`), since the
 * caller's value names only the record; a member named for nothing (`team.title`, `recipient.id`) adds nothing.
 * Only where the wrapper's parameter is named for the addressee (`recipient`, `to`, `destinataire`): the caller
 * then chooses who is written to and hands that person over. A helper taking a person's record (`user`, `member`,
 * `record`) and reading their address itself (`emailUser(user)`) is where the person is read, as before, and its
 * callers hand over a record, not a recipient. A parameter handed on as it came is its callers' to judge, as any
 * parameter is; an object literal or a built message is read key by key elsewhere.
 */
import type { Category } from '../detect/types.js';
import type { ValueFact } from './module-facts.js';
import { nameWords } from './name-words.js';

/** Last words of a parameter naming the person written to. */
const ADDRESSEE_WORDS = new Set(['recipient', 'recipients', 'to', 'addressee', 'receiver', 'destinataire', 'destinataires', 'destinatario', 'empfaenger', 'empfänger', 'mottaker', 'ontvanger']);

/** Whether a wrapper's parameter is named for the addressee (`recipient`, `mailRecipient`, `to`). */
export function isAddresseeName(name: string | undefined): boolean {
  if (!name) return false;
  const words = nameWords(name);
  return ADDRESSEE_WORDS.has(words[words.length - 1]?.toLowerCase() ?? '');
}

/** The categories and expression the member `key` of the record `arg` carries, or undefined where it is not read so. */
export function recordMember(arg: ValueFact & { props?: unknown; madeBy?: unknown }, key: string | undefined, named: readonly Category[] | undefined, isAtSink: boolean | undefined, isAddressee: boolean, isComputed?: boolean): { categories: readonly Category[]; expression: string } | undefined {
  // A record named for a person (`message.send(user)`, session 12) is handed over as surely as one to a `recipient`,
  // where the callee hands its member on as it came (`sendEmail(user.email)`); one computing it (`const email =
  // profile.email; …`) reads the person itself, and its own call is where the data enters.
  const isPersonsRecord = arg.wholeRecord?.length && !isComputed;
  if ((!isAddressee && !isPersonsRecord) || key === undefined || !named?.length) return undefined;
  if (arg.props !== undefined || arg.madeBy !== undefined || !arg.isVariable || arg.categories.length > 0) return undefined;
  if (arg.isParam && !isAtSink) return undefined;
  // `invite as OrganizationInvite`, `user!`: the record's own name in the evidence.
  const record = arg.text.replace(/\s+as\s+[\w.]+(<.*>)?(\[\])?$/, '').replace(/!$/, '');
  return { categories: named, expression: `${record}.${key}` };
}
