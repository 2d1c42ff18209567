/**
 * A person noun made a legal entity by the word beside it (`legalPersonName`, `non_natural_person_name`,
 * `naam_rechtspersoon`, `nome_pessoa_juridica`, `nom_personne_morale`): a company's or a body's name, not a person's.
 * The same words the container rule reads (rules/context.yml `personWords`, `legalWords`, `negations`), applied to the
 * words of one field: a legal or negating word right before the person word, or a legal word right after it (where
 * compounds put the head first).
 */
import type { CompiledRules } from './compile.js';

export function isLegalPerson(words: string[], at: number, rules: CompiledRules): boolean {
  const word = words[at];
  if (word === undefined || !rules.personWords.has(word)) return false;
  const before = words[at - 1];
  const after = words[at + 1];
  // `non natural person`: the negation stands before the adjective.
  const beforeThat = words[at - 2];
  if (before !== undefined && (rules.legalWords.has(before) || rules.negations.has(before))) return true;
  if (beforeThat !== undefined && rules.negations.has(beforeThat)) return true;
  return after !== undefined && rules.legalWords.has(after);
}
