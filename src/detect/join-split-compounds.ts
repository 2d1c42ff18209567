/**
 * A one-word compound that camelCase or an underscore cut in two (`forNavn`, `etterNavn`, `postAdresse`,
 * `Telefon_Nummer`): joined again when the two words together are one term of the lexicon. Read apart, `for` +
 * `navn` is "the name of a `for`" and `post` + `adresse` a Norwegian mail address; the compound is the given name
 * and the postal address its writer meant.
 */
import type { CompiledRules } from './compile.js';

const oneWordTermsByRules = new WeakMap<CompiledRules, Set<string>>();

function oneWordTerms(rules: CompiledRules): Set<string> {
  let terms = oneWordTermsByRules.get(rules);
  if (!terms) oneWordTermsByRules.set(rules, (terms = new Set([...rules.termCategories.keys()].filter((term) => !term.includes(' ')))));
  return terms;
}

export function joinSplitCompounds(words: string[], rules: CompiledRules): string[] {
  if (words.length < 2) return words;
  const terms = oneWordTerms(rules);
  let joined: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    // `first name` is a term already as two words: only a compound the two words do not spell apart is joined.
    // ...but a letter after a number ends an abbreviation (`m2mName`: a many-to-many relation's name, `p2p_name`), where
    // `mName` is a middle name: it is no compound's first half.
    const endsAbbreviation = words[i]!.length === 1 && i > 0 && /^\d+$/.test(words[i - 1]!);
    if (next !== undefined && !endsAbbreviation && terms.has(words[i]! + next) && !rules.termCategories.has(`${words[i]} ${next}`)) {
      (joined ??= words.slice(0, i)).push(words[i]! + next);
      i++;
    } else joined?.push(words[i]!);
  }
  return joined ?? words;
}
