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
