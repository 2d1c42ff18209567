/**
 * An address written as a group of a record's fields that share one qualifier (`En_CEP`, `En_Nome_Logradouro`,
 * `En_Bairro` ... `En_Num`; `endereco_unidade`, `cep_unidade`, `bairro_unidade` ... `numero_unidade`): the bare part
 * with the same qualifier (a number, a line) is that address's, as it would be in an address's own record. Elsewhere a
 * qualified bare word stays the qualifier's (`numero_guia`, `invoice_number` with no invoice address beside it).
 * The same holds for whole address words a qualifier the vocabulary does not know kept out (`VIA_FORNITURA`,
 * `CAP_FORNITURA`, `COMUNE_FORNITURA` of a utility's supply point; `adresse_ant`, `code_postal_ant`, `ville_ant` of a
 * former address): two or more of them with the same qualifier are one address of the record, and a phone or an email
 * with that qualifier (`TEL_AMM_CONDOMINIO` beside `VIA_AMM_CONDOMINIO`) is the same party's.
 */
import type { CompiledRules } from './compile.js';
import { matchTerms, type TermMatch } from './match-terms.js';
import { TECHNICAL } from './table-suffix.js';
import type { Exclusion } from './types.js';

/** Key words after a term (`huisnummer_id`, `adres_uuid`): a link to the data, not the data. */
const REFERENCE = new Set(['id', 'ids', 'fk', 'uuid', 'pk', 'key']);

/** A qualifier's key: the words before (`p:en`) or after (`s:unidade`) an address term. */
const keyOf = (side: 'p' | 's', words: string[]) => `${side}:${words.join(' ')}`;

/**
 * The qualifiers two or more of the record's fields put around a street, postcode, PO box or whole address (not a
 * town alone, not a link or a flag: the match must be the data), joined into one string (a cache key as it stands).
 */
export function addressGroupsOf(siblings: string[], wordsOf: (name: string) => string[], rules: CompiledRules): string {
  const counts = new Map<string, number>();
  // A party's contact points held out by the same qualifier (`MAIL_RP`, `TELEFONO_RP`; `EMAILADRES_VERBLIJF_AZC`,
  // `TELEFOONNUMMER_VERBLIJF_AZC`): the qualifier names whose they are, as an address group's does.
  const contacts = new Map<string, Set<string>>();
  for (const sibling of siblings) {
    const words = wordsOf(sibling);
    if (words.length < 2 || !words.some((w) => rules.termWords.has(w))) continue;
    const seen = new Set<string>();
    const { matches, excluded } = matchTerms(words, rules);
    for (const m of matches) {
      if (!isWholeAddress(m)) continue;
      if (m.prefix.length > 0 && m.prefix.length <= 2) seen.add(keyOf('p', m.prefix));
      if (m.suffix.length > 0 && m.suffix.length <= 2) seen.add(keyOf('s', m.suffix));
    }
    if (excluded.some(heldOutBy(GROUPED_CATEGORIES))) {
      for (const { key, match } of groupedParts(words, rules)) {
        if (isWholeAddress(match)) seen.add(key);
        if ((isWholeAddress(match) || isContactPoint(match)) && namesAParty(key, rules)) {
          const categories = contacts.get(key) ?? new Set<string>();
          contacts.set(key, categories.add(match.rule.category));
        }
      }
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Two kinds of contact point with one qualifier make a party's group; two phones alone (`telefono_fisso`, `telefono_fax`)
  // may be two lines of one thing.
  for (const [key, categories] of contacts) if (categories.size >= 2) counts.set(key, Math.max(counts.get(key) ?? 0, 2));
  return [...counts].filter(([, n]) => n >= 2).map(([key]) => key).sort().join('|');
}

/**
 * A qualifier that can name a party: an initialism the vocabulary does not know (`rp`, `rt` of an Italian body's
 * payment and technical contacts, `azc` of an asylum centre). A spelled-out word after several contact points is as
 * often what is said of each (`emailValidationStatus`, `phoneValidationStatus`; `emailPflichtfeld`, `telefonPflichtfeld`).
 */
function namesAParty(key: string, rules: CompiledRules): boolean {
  // A language's code (`email_fr`, `phone_fr`: a translation) or a technical ending (`email_txt`) names no party.
  return key.slice(2).split(' ').some((w) => /^[a-z]{2,3}$/.test(w) && !rules.vocabulary.has(w) && !rules.languages.includes(w) && !TECHNICAL.has(w));
}

/** A whole phone or email term (not a bare word a record must confirm). */
const isContactPoint = (m: TermMatch) => (m.rule.category === 'email' || m.rule.category === 'phone') && !m.rule.bare;

/** A street, postcode, PO box or whole address (not a town alone, not a link or a flag: the match must be the data). */
const isWholeAddress = (m: TermMatch) => m.rule.category === 'address' && !m.rule.context && !m.rule.bare;

/** Categories whose term a qualifier kept out (`qualifier:fornitura`). */
export const heldOutBy = (categories: readonly string[]) => (e: Exclusion) => categories.includes(e.category) && e.reason.startsWith('qualifier:');

/** What a record's address group admits: its bare parts, its whole address words, and the same party's phone and email. */
export const GROUPED_CATEGORIES = ['address', 'email', 'phone'] as const;

/**
 * The terms a field's qualifier kept out (`qualifier:en` of `En_Num`, `qualifier:fornitura` of `VIA_FORNITURA`), read
 * without that qualifier, with the qualifier's key for the record to confirm: one or two words before or after the term.
 * Bare address parts (`En_Num`), address words and towns (`COMUNE_FORNITURA`: the record still decides whether a town
 * counts) and phone and email terms (`TEL_AMM_CONDOMINIO`).
 */
export function groupedParts(words: string[], rules: CompiledRules): { key: string; match: TermMatch }[] {
  const found: { key: string; match: TermMatch }[] = [];
  for (let n = 1; n <= 2 && n < words.length; n++) {
    for (const [side, rest, qualifier] of [['p', words.slice(n), words.slice(0, n)], ['s', words.slice(0, -n), words.slice(-n)]] as const) {
      // A person's or a party's record named first owns its own number (`emp_number`, `PersonNr`, `OXBILLNR` beside
      // `emp_street`, `PersonPLZ`, `OXBILLZIP`): the employee's, the person's, the bill's, not the house's.
      if (qualifier.some((w) => rules.personNouns.has(w) || rules.personContainers.has(w) || rules.partyVerbs.has(w))) continue;
      // A flag, a key, a code or a region named with the term (`cod_via`, `huisnummer_id`, `cps_stato_residenza`) stays
      // what it is, however many siblings share it.
      if (qualifier.some((w) => rules.denyPrefixes.has(w) || rules.systemWords.has(w) || REFERENCE.has(w))) continue;
      for (const m of matchTerms(rest, rules).matches) {
        if ((GROUPED_CATEGORIES as readonly string[]).includes(m.rule.category) && m.prefix.length === 0 && m.suffix.length === 0) found.push({ key: keyOf(side, qualifier), match: { ...m, group: keyOf(side, qualifier) } });
      }
    }
  }
  return found;
}

/**
 * Whether a part that needs its record (a town, a unit) carries the qualifier of one of the record's address groups
 * (`LOCALITA_VERS` beside `INDIRIZZO_VERS` and `CAP_VERS`): it is that address's, as the group's street is.
 */
export function inGroupOf(match: TermMatch, groups: string | undefined): boolean {
  if (groups === undefined || match.rule.category !== 'address') return false;
  if (match.group !== undefined) return inAddressGroup(groups, match.group);
  return (match.suffix.length > 0 && match.suffix.length <= 2 && inAddressGroup(groups, keyOf('s', match.suffix))) || (match.prefix.length > 0 && match.prefix.length <= 2 && inAddressGroup(groups, keyOf('p', match.prefix)));
}

/** Whether the record's groups hold the qualifier's key. */
export const inAddressGroup = (groups: string | undefined, key: string) => groups !== undefined && groups.split('|').includes(key);
