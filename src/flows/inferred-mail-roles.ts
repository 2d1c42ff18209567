/**
 * The recipients of a mail service known by its name (named-recipient.ts): `sendEmail({ key, values, recipients:
 * [identifiantUtilisateur] })`, `this.mailService.send({ to: member.id ? member.login : … })`. Where privmap follows a
 * mail helper to its transport, the transport's roles say that `to` holds an email address whatever the value is
 * called; where the helper is only known by its name (a command bus, a queue, a package outside the repository),
 * nothing said so and a recipient named for something else (`identifiantUtilisateur`, `porteurs`, a look-up's
 * result) was no personal data. A mail service's message is addressed by its recipient keys, so those keys take the
 * role a catalogued mailer's `to` has: an email address, never the system's values (a literal, the environment,
 * configuration), which no role makes a person's. Seen in Potentiel, whose notifications hand every mail to a
 * mediator command (`mediator.send({ type: 'System.Notification.Envoyer', data })`).
 */
import type { Role } from './module-facts.js';

/** Keys naming a mail's recipients (the mailers' `to`/`cc`/`bcc`, their plural and French forms). */
const RECIPIENT_KEYS = ['to', 'cc', 'bcc', 'recipient', 'recipients', 'destinataire', 'destinataires', 'toAddress', 'toAddresses'];

/** A mail service's recipient keys with the role a catalogued mailer's `to` has (also what a log of the same value shows, log-recipients.ts). */
export const RECIPIENT_ROLES: Readonly<Record<string, Role>> = Object.freeze(Object.fromEntries(RECIPIENT_KEYS.map((k) => [k, 'email' as Role])));

/** An inferred mail service's entry with its recipient keys' role: a whole message gets the key roles, a recipient key the role. */
export function withRecipientRoles<E extends { key?: string; role?: Role; keyRoles?: Record<string, Role> }>(entry: E): E {
  if (entry.role || entry.keyRoles) return entry;
  if (entry.key === undefined) return { ...entry, keyRoles: RECIPIENT_ROLES };
  return Object.hasOwn(RECIPIENT_ROLES, entry.key) ? { ...entry, role: 'email' } : entry;
}

/**
 * `sendGmailMessage({ to, subject, body })` writing `To: ${params.to}` into a raw RFC 2822 message: a mail helper's own
 * parameter named for the recipient takes a mailer's `to` role where the transport gives it none (the raw message,
 * a request body of the helper's own making), so a caller's `to: input.to` is an address (a Danish cleaning firm's
 * inbox, sending through Gmail's API). Only a mail sink, and only a role the sink's call did not already give.
 */
export function recipientKeyRole(sinkKind: string, key: string | undefined): Role | undefined {
  return sinkKind === 'email' && key !== undefined && Object.hasOwn(RECIPIENT_ROLES, key) ? 'email' : undefined;
}
