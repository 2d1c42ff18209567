/**
 * A mailing sent to many (`MassEmail`, `galette_mailing_history`, `NotificationsEmail`, a newsletter): the organisation
 * that runs the app sends it, so the sender's name in it (`fromName`, `sender_name`) is the organisation's or the
 * app's, as a mail transport's sender is. A stored mail one person sent (`EmailMessage.fromName`, a FOI message's
 * `sender_name`) stays a person's: the words are rules/context.yml `bulkMailContainers`.
 */
import type { CompiledRules } from './compile.js';

/** The word of a container's innermost segment that makes it a mailing sent to many, if any. */
export function bulkMailWord(words: string[], rules: CompiledRules): string | undefined {
  return words.find((w) => rules.bulkMailContainers.has(w));
}

/** Words of the sending side of a mail: its sender's name is the mailing's, never a recipient's. */
const SENDER_WORDS = new Set(['from', 'sender', 'senders', 'afsender', 'avsender', 'absender', 'afzender', 'expediteur', 'remitente', 'mittente', 'remetente', 'nadawca', 'lahettaja', 'avsandare']);

/** Whether a name's words are a mailing's sender (`from_name`, `mailing_sender_name`, `senderName`). */
export function isBulkSender(prefix: string[], term: string[]): boolean {
  return [...prefix, ...term].some((w) => SENDER_WORDS.has(w));
}
