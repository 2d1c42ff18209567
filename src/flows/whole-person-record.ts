/**
 * A person's whole record handed where a vendor takes a person (`Sentry.setUser(user)`, Sentry's capture context
 * `{ user: req.user }`, analytics traits `identify(id, member)`): the SDK serialises every field of the object it is
 * given, and an app's record of a signed-in user, member, customer or contact holds at least the person's email
 * address and name. Only where the catalogue gives the argument the `person` role, only for a value read whole (not a
 * member of it: `user.id` is an id), and only when its own name's last word is a person's noun (`req.user`,
 * `currentUser`, `ctx.session.member`); a `team`, `org` or `payload` stays unread, as before.
 */
import type ts from 'typescript';
import type { Category } from '../detect/types.js';
import { nameWords } from './name-words.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** Nouns naming the person a record is about, as apps name the signed-in or looked-up person. */
const PERSON_RECORD_NOUNS = new Set(['user', 'member', 'customer', 'person', 'contact', 'patient', 'employee', 'subscriber', 'profile', 'utilisateur', 'usager', 'bruker', 'benutzer', 'gebruiker', 'usuario',
  // A member or an applicant in the languages of the apps read (German, French, Spanish, Norwegian), and in English.
  'mitglied', 'membre', 'miembro', 'medlem', 'applicant', 'candidate', 'candidat',
  // An event's attendees and organisers, and the administrators writing to a group (session 13, openmeet-api's mails).
  'attendee', 'participant', 'organizer', 'organiser', 'admin', 'administrator',
  // Students of a school or a career fair (session 14, ddagen's meeting mails).
  'student', 'elev', 'etudiant', 'schueler']);

/** First words saying a name holds a flag about the person, not their record (`isAdmin`, `hasMember`). */
const FLAG_WORDS = new Set(['is', 'has', 'can', 'should', 'was', 'num', 'count']);

/**
 * Last words that make a name the record of the noun before them (`participantInfo`, `customerData`,
 * `contactDetails`): a Polish sauna school's booking sent to Stripe as `JSON.stringify(participantInfo)`.
 */
const RECORD_WORDS = new Set(['info', 'data', 'details', 'record']);

/** What such a record carries: the fields every person's record of an app holds. */
export const WHOLE_RECORD_CATEGORIES: Category[] = ['email', 'name'];

/** The person noun a value read whole is named for (`req.user` -> user, `currentUser` -> user), if any. */
export function wholePersonRecord(input: ts.Expression): string | undefined {
  const node = unwrap(input);
  const last = typescript.isIdentifier(node) ? node.text : typescript.isPropertyAccessExpression(node) ? node.name.text : undefined;
  if (!last) return undefined;
  const words = nameWords(last).map((w) => w.toLowerCase());
  if (words.length > 1 && FLAG_WORDS.has(words[0]!)) return undefined;
  const noun = words.length > 1 && RECORD_WORDS.has(words[words.length - 1]!) ? words[words.length - 2] : words[words.length - 1];
  return noun && PERSON_RECORD_NOUNS.has(noun) ? noun : undefined;
}
