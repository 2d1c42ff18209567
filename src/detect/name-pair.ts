/**
 * A denied account word pair beside the same words with a family or given name in place of the name word:
 * `nome_utente` beside `cognome_utente`, `nom_utilisateur` beside `prenom_utilisateur`, `nombre_usuario` beside
 * `apellido_usuario`. Alone the pair is the login (rules/name.yml `deny`: Italian `nome utente` is "user name"); beside
 * the user's surname it is the user's own name, the other part of it. Seen as `tx_nome_utente` beside `tx_cognome_utente`
 * (a welfare platform's users) and `nomeUtenteUltimaModifica` beside `cognomeUtenteUltimaModifica` (who last changed an
 * application).
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';

const cache = new WeakMap<CompiledRules, { generic: Set<string>; part: Set<string> }>();

/** The one-word terms of the bare name rule (`nome`, `navn`) and of a person's name parts (`cognome`, `prenom`). */
function wordsOfRules(rules: CompiledRules): { generic: Set<string>; part: Set<string> } {
  let found = cache.get(rules);
  if (!found) {
    const oneWord = (id: string) => new Set(rules.rules.filter((r) => r.id === id).flatMap((r) => r.terms.filter((t) => t.length === 1).map((t) => t[0]!)));
    found = { generic: oneWord('name.generic'), part: oneWord('name.part') };
    cache.set(rules, found);
  }
  return found;
}

/** The sibling that names the other part of the same person's name, when `name` is a name word beside it. */
export function namePairOf(name: string, siblings: readonly string[] | undefined, rules: CompiledRules): string | undefined {
  if (!siblings?.length) return undefined;
  const { generic, part } = wordsOfRules(rules);
  const words = wordsOf(name, rules);
  const at = words.findIndex((w) => generic.has(w));
  if (at < 0 || words.length < 2) return undefined;
  return siblings.find((sibling) => {
    if (sibling === name) return false;
    const other = wordsOf(sibling, rules);
    return other.length === words.length && part.has(other[at]!) && other.every((w, i) => i === at || w === words[i]);
  });
}

/**
 * A person's name parts that carry the same word no vocabulary knows (`COGNOME_RP` beside `NOME_RP`, `etunimetCached`
 * beside `sukunimiCached`): the word is an abbreviation of whose name it is (a procedure's responsible, a technical
 * referent) or how it is kept, not a thing the name belongs to, since two parts of one name are a person's. Alone the
 * unknown word keeps the term out (`qualifier:rp`), as any word the data does not allow does. Known words stay
 * qualifiers (`ldap_fname_field` beside `ldap_lname_field`, `first_name_label`: settings and UI text), and so do numbers.
 * Returns the name, without the qualifier, to read the field as: a given or family name of the pair.
 */
export function qualifiedNamePairOf(name: string, siblings: readonly string[] | undefined, qualifier: string, rules: CompiledRules): string | undefined {
  if (!siblings?.length || rules.vocabulary.has(qualifier) || rules.termWords.has(qualifier) || /^\d+$/.test(qualifier) || qualifier.length < 2) return undefined;
  const { generic, part } = wordsOfRules(rules);
  const nameWord = (w: string | undefined) => w !== undefined && (generic.has(w) || part.has(w));
  const own = withoutQualifier(wordsOf(name, rules), qualifier);
  if (!own || !nameWord(own.word)) return undefined;
  for (const sibling of siblings) {
    if (sibling === name) continue;
    const other = withoutQualifier(wordsOf(sibling, rules), qualifier);
    if (!other || other.side !== own.side || other.word === own.word || !nameWord(other.word)) continue;
    // One of the two is a given or family name: two bare `name` words are no pair.
    if (part.has(own.word)) return own.word;
    if (part.has(other.word)) return other.word;
  }
  return undefined;
}

/** The one word left beside the qualifier at either end (`cognome rp` -> `cognome` after), or nothing. */
function withoutQualifier(words: string[], qualifier: string): { word: string; side: 'before' | 'after' } | undefined {
  if (words.length !== 2) return undefined;
  if (words[1] === qualifier) return { word: words[0]!, side: 'after' };
  if (words[0] === qualifier) return { word: words[1]!, side: 'before' };
  return undefined;
}
