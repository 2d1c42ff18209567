/**
 * An address written as a group of a record's fields that share one qualifier (`En_CEP`, `En_Nome_Logradouro`,
 * `En_Bairro` ... `En_Num`; `endereco_unidade`, `cep_unidade`, `bairro_unidade` ... `numero_unidade`): the bare part
 * with the same qualifier (a number, a line) is that address's, as it would be in an address's own record. Elsewhere a
 * qualified bare word stays the qualifier's (`numero_guia`, `invoice_number` with no invoice address beside it).
 */
import type { CompiledRules } from './compile.js';
import { matchTerms, type TermMatch } from './match-terms.js';

/** A qualifier's key: the words before (`p:en`) or after (`s:unidade`) an address term. */
const keyOf = (side: 'p' | 's', words: string[]) => `${side}:${words.join(' ')}`;

/**
 * The qualifiers two or more of the record's fields put around a street, postcode, PO box or whole address (not a
 * town alone, not a link or a flag: the match must be the data), joined into one string (a cache key as it stands).
 */
export function addressGroupsOf(siblings: string[], wordsOf: (name: string) => string[], rules: CompiledRules): string {
  const counts = new Map<string, number>();
  for (const sibling of siblings) {
    const words = wordsOf(sibling);
    if (words.length < 2 || !words.some((w) => rules.termWords.has(w))) continue;
    const seen = new Set<string>();
    for (const m of matchTerms(words, rules).matches) {
      if (m.rule.category !== 'address' || m.rule.context || m.rule.bare) continue;
      if (m.prefix.length > 0 && m.prefix.length <= 2) seen.add(keyOf('p', m.prefix));
      if (m.suffix.length > 0 && m.suffix.length <= 2) seen.add(keyOf('s', m.suffix));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).map(([key]) => key).sort().join('|');
}

/**
 * The bare address terms a field's qualifier kept out (`qualifier:en` of `En_Num`), read without that qualifier, with
 * the qualifier's key for the record to confirm: one or two words before or after the term.
 */
export function groupedBareParts(words: string[], rules: CompiledRules): { key: string; match: TermMatch }[] {
  const found: { key: string; match: TermMatch }[] = [];
  for (let n = 1; n <= 2 && n < words.length; n++) {
    for (const [side, rest, qualifier] of [['p', words.slice(n), words.slice(0, n)], ['s', words.slice(0, -n), words.slice(-n)]] as const) {
      // A person's or a party's record named first owns its own number (`emp_number`, `PersonNr`, `OXBILLNR` beside
      // `emp_street`, `PersonPLZ`, `OXBILLZIP`): the employee's, the person's, the bill's, not the house's.
      if (qualifier.some((w) => rules.personNouns.has(w) || rules.personContainers.has(w) || rules.partyVerbs.has(w))) continue;
      for (const m of matchTerms(rest, rules).matches) {
        if (m.rule.category === 'address' && m.rule.bare && m.prefix.length === 0 && m.suffix.length === 0) found.push({ key: keyOf(side, qualifier), match: m });
      }
    }
  }
  return found;
}

/** Whether the record's groups hold the qualifier's key. */
export const inAddressGroup = (groups: string | undefined, key: string) => groups !== undefined && groups.split('|').includes(key);
