/**
 * A municipality beside a town (`Adresse(strasse, plz, ort, gemeinde)`, `adres(straat, woonplaats, gemeente)`,
 * `DanePobytu(miejscowosc, gmina)`) is the administrative unit the town belongs to, which the labels' convention keeps out
 * with regions and municipality codes: every one of eleven such fields in nine training code bases is `-`. Where the
 * record has no other town (`Residenza(indirizzo, cap, comune)`), the municipality is the address's town and counts.
 * The words are rules/context.yml `municipalityWords`; the towns are the lexicon's town terms (`placeRecordConcepts`).
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';
import type { TermMatch } from './match-terms.js';

// Front ends pass one siblings array for every field of a record: find its towns once.
const cache = new WeakMap<readonly string[], string[]>();

/** The fields of the record named for a town that is no municipality (`ort`, `woonplaats`, `city`). */
function townsOf(siblings: readonly string[], rules: CompiledRules): string[] {
  let towns = cache.get(siblings);
  if (!towns) {
    towns = siblings.filter((sibling) => {
      const last = wordsOf(sibling, rules).at(-1);
      return last !== undefined && rules.placeRecordWords.has(last) && !rules.municipalityWords.has(last);
    });
    cache.set(siblings, towns);
  }
  return towns;
}

/** Whether the match is a municipality's word with no party before it, in a record with a town of its own. */
export function isMunicipalityBesideTown(match: TermMatch, self: string, siblings: readonly string[] | undefined, rules: CompiledRules): boolean {
  if (!siblings || match.prefix.length > 0 || match.term.length !== 1 || !rules.municipalityWords.has(match.term[0]!)) return false;
  return townsOf(siblings, rules).some((town) => town !== self);
}
