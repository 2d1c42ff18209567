/**
 * The kinds of data whose every term in a field's name was the system's: a sender or system word before it
 * (`from_email`, `smtp_address`) or a settings record around a sender's (`MailConfig.fromAddress`). A type or a validator of
 * that kind (`EmailField`, `@IsEmail()`) says what the value looks like, not whose it is, so it does not make the field
 * a person's again; the name already said both.
 */
import type { Exclusion } from './types.js';

/**
 * `kept`: the kinds the name's terms still give; `sender`: whether the name has a word of the sending side (rules/context.yml
 * `senderWords`), without which a settings record's member is as often a test mail's recipient (`@IsEmail() to`).
 */
export function systemOwnedCategories(kept: Iterable<string>, excluded: readonly Exclusion[], sender: boolean): Set<string> {
  const owned = new Set<string>();
  for (const e of excluded) if (e.reason.startsWith('system:') || (sender && e.reason.startsWith('container:settings('))) owned.add(e.category);
  for (const category of kept) owned.delete(category);
  return owned;
}
