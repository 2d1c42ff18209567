/**
 * A value named `address` given to a mail's recipient (`transporter.sendMail({ to: address })` in a helper called as
 * `send({ address, subject })`, `to: recipientAddress`): the recipient role says it is a mailbox's address, so its name
 * is not read as a postal address there, as `{ name, address }` under the same role is a name and an email. It was
 * reported as both an email and a postal address at every mail helper so written, and at each of its callers, whose
 * values reach the wrapper's `address` parameter (link.ts `addValue`). Any other role keeps the reading: an SMS's `to`
 * or a CRM contact's `address` is what its name says.
 */
import { nameWords } from './name-words.js';
import type { Role } from './module-facts.js';

/** Whether `text` (a value's own name, `address`, `booking.mailAddress`) is a mailbox's address under `role`. */
export function isMailboxAddress(text: string, role: Role): boolean {
  if (role !== 'email') return false;
  const last = text.split('.').pop() ?? '';
  const words = nameWords(last).map((w) => w.toLowerCase());
  // `addresses`: a list of them (`mail.send(addresses, template)`), as one is.
  return /^address(?:es)?$/.test(words[words.length - 1] ?? '');
}
