/**
 * A domain event named for the datum that changed (`EmailChangedMessage`, `PhoneNumberUpdated`, `EmailVerifiedEvent`):
 * the words that name the datum, without the change participle and the event word after it (rules' `changeEvents`,
 * `eventWords`). A record without the participle keeps its words: `EmailMessage` is a mail, not an email address.
 */
import type { CompiledRules } from './compile.js';

export function withoutChangeEvent(words: string[], rules: CompiledRules): string[] {
  let end = words.length;
  if (end > 1 && rules.eventWords.has(words[end - 1]!)) end--;
  return end > 1 && rules.changeEvents.has(words[end - 1]!) ? words.slice(0, end - 1) : words;
}
