/**
 * A record named for a search or a query (`SamhandlerSok(navn, postnummer, poststed)`, `GetOrganizationsQuerySchema`,
 * `RicercaPraticaRequest(indirizzo)`) holds the criteria a search is made with: its postcode, town and street are what is
 * searched for, nobody's address (the labels' convention, as for a search log's places). The words are rules/context.yml
 * `searchQueries`, read anywhere in the innermost record's name.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';

/** Whether the innermost container is named for a search or a query. */
export function isSearchQuery(container: string[] | undefined, rules: CompiledRules): boolean {
  const segment = container?.[container.length - 1];
  if (!segment) return false;
  return wordsOf(segment, rules).some((w) => rules.searchQueries.has(w));
}
