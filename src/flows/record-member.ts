/**
 * A person's record handed whole to a wrapper that reads one member of it into a sink:
 * `sendEmailTemplate('auth.reset', user, { token })` where the wrapper sends `to: recipient.email`;
 * `notify(NotificationType.USER_UPDATED, removeSecrets(user))` where the notifier hands `data.email` to the CRM.
 * The caller's value has no key of its own to read (it is a row, a DTO, a call's result, not an object literal), so
 * what the wrapper reads of it is that value's member: `user.email`, an email address where the sink takes it as one
 * (a mail's `to`, a CRM contact's `email`). A parameter handed on as it came
 * is judged at its own callers instead, and a constant or the environment is the system's, as everywhere.
 * Only across modules (link.ts asks): a helper of the caller's own file that digs a person out of what it is given
 * (`sendDeclineMail(doc)` reading `doc.ExtUserPtr.Email`, `this.disable(user)`) is that file's own step, whose send
 * is reported where the address is read; a module's exported mail or CRM helper taking the recipient's record is
 * an API whose callers are where the person enters, as issue 12 asks.
 */
import type { Category } from '../detect/types.js';
import type { ArgFact } from './module-facts.js';

/** What a summary entry says of the key it reads: its role at the sink and what the wrapper's names for it say. */
export interface KeyRead {
  key?: string;
  role?: Category | 'person';
  named?: readonly Category[];
  isAtSink?: true;
}

/** The member the wrapper reads of a whole value the caller handed over (`user.email`), with what it holds; undefined for anything else. */
export function recordMember(arg: ArgFact, entry: KeyRead): { categories: Category[]; expression: string } | undefined {
  if (entry.key === undefined || arg.props || arg.isBuilt || !arg.isVariable) return undefined;
  // A parameter as it came (`options`, a framework's `req`): its callers hand the record, or, for an entry point,
  // the helper that looks into it is where the person's data is read.
  if (arg.isParam) return undefined;
  // Only where the sink takes the member in a role (a mail's `to`): a wrapper's own name for what it reads
  // (`value.phone`) may be read for something else (`phone_filled: value.phone.trim().length > 0`).
  if (!entry.role || entry.role === 'person') return undefined;
  // And only a member named for what it holds (`recipient.email`), not a carrier whose content the helper digs into
  // (`job.data` of a queue's job, validated into `recipientEmail`): the caller's value is then the carrier.
  if (!entry.named?.includes(entry.role)) return undefined;
  return { categories: [entry.role], expression: `${arg.text}.${entry.key}` };
}
