/**
 * The head word of a record's innermost name (`ohrm_login` -> login, `AccountDto` -> account), for rules that do not
 * count in a record named so (`notIn`) when no container kind decided: a login's or an account's record is known by its
 * own word, though neither is a person's, a thing's or an organisation's record to the container lists.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';

/** Code words after the head (`AccountDto`, `login_entity`, `UserRow2`): they name the code, not the record. */
const CODE_WORDS = new Set(['dto', 'entity', 'model', 'schema', 'input', 'type', 'public', 'fields', 'row', 'record', 'data']);

export function containerHead(container: string[] | undefined, rules: CompiledRules): string | undefined {
  const segment = container?.[container.length - 1];
  if (!segment) return undefined;
  const words = wordsOf(segment, rules);
  let end = words.length;
  while (end > 1 && (CODE_WORDS.has(words[end - 1]!) || /^\d+$/.test(words[end - 1]!))) end--;
  return words[end - 1];
}
