/**
 * A container named in two words whose parts mislead apart: an organisation (`PublicBody`, `public_authorities`,
 * `GovernmentAgency`), where `public` is a code word and `body` a request's payload and `PublicBody.name` would read as
 * a neutral record's `name`; a person's application (`job_applications`, `MembershipApplication`), where `application`
 * alone is software and its `full_name` would be the program's. The two words read as one container word, of the
 * kind the rules' list gives it (`organisationCompounds`, `personCompounds`).
 */
import type { CompiledRules } from './compile.js';

/** The words with each compound joined into one (`public body` -> `publicbody`); the same array if none. */
export function joinContainerCompounds(words: string[], rules: CompiledRules): string[] {
  if (words.length < 2 || rules.containerCompounds.length === 0) return words;
  let joined: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const compound = rules.containerCompounds.find((term) => term.every((w, j) => words[i + j] === w));
    if (compound) {
      (joined ??= words.slice(0, i)).push(compound.join(''));
      i += compound.length - 1;
    } else joined?.push(words[i]!);
  }
  return joined ?? words;
}
