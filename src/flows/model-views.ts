/**
 * A model handed to a wrapper that sends a view of it: `send(mail: Mail) { return transporter.sendMail(mail.mailOptions) }`
 * where `mailOptions` is a getter rebuilding the message from the fields the caller set (`new Mail().setTo(email)`,
 * builder-chains.ts; `email.to = …`, filled-objects.ts). A key the wrapper reads that the caller's model was not given
 * is such a view (a getter, a `toJSON()`-like shape), so the model's own keys reach the sink under the sink's roles for
 * them (`to` is the mail's recipient). Only for a model (`isModel`): an object literal without the key gives nothing.
 */
import type { ArgFact } from './module-facts.js';
import type { SummaryEntry } from './link.js';

/** The entry as the caller's model meets it: the whole model where the key it reads is not one the model was given. */
export function asModelView(entry: SummaryEntry, arg: ArgFact): SummaryEntry {
  if (entry.key === undefined || !arg.isModel || (arg.props && Object.hasOwn(arg.props, entry.key))) return entry;
  const { key: _key, ...whole } = entry;
  return whole;
}
