/**
 * An organisation named in two words (`PublicBody`, `public_authorities`, `GovernmentAgency`): the two words read as one
 * organisation word in a container's name. Apart, `public` is a code word and `body` a request's payload, and
 * `PublicBody.name` would read as a neutral record's `name`, a person's beside an email; it is the authority's own.
 */
import type { CompiledRules } from './compile.js';

/** The words with each organisation compound joined into one (`public body` -> `publicbody`); the same array if none. */
export function joinOrganisationCompounds(words: string[], rules: CompiledRules): string[] {
  if (words.length < 2 || rules.organisationCompounds.length === 0) return words;
  let joined: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const compound = rules.organisationCompounds.find((term) => term.every((w, j) => words[i + j] === w));
    if (compound) {
      (joined ??= words.slice(0, i)).push(compound.join(''));
      i += compound.length - 1;
    } else joined?.push(words[i]!);
  }
  return joined ?? words;
}
