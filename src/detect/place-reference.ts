/**
 * A record named for a town, a district or a region (`Commune`, `DTOOrt`, `ZipcodeRegion`, `Territory`) whose fields hold
 * no street and no whole address is a reference list of places: its postcode and town are the place's own, nobody's
 * address (rules/context.yml `placeReferenceConcepts`, `placeReferenceWords`, `placeReferenceBlockers`). A municipality's
 * record with its own street or address line (`Municipality(address, zipcode, city)`) is an office's address and counts.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';

/** Code words around the record's own (`DTOOrt`, `CommuneEntity`): they name the code, not the record. */
const CODE_WORDS = new Set(['dto', 'entity', 'model', 'schema', 'input', 'type', 'public', 'view', 'row', 'record', 'data', 'response']);
/** The longest street or address term looked for in a field's words (`address line`, `numero de rue`). */
const LONGEST_TERM = 3;

export function placeReferenceOf(container: string[] | undefined, siblings: string[] | undefined, rules: CompiledRules): string | undefined {
  if (container?.length !== 1 || rules.placeContainers.size === 0) return undefined;
  const words = wordsOf(container[0]!, rules).filter((w) => !/^\d+$/.test(w) && !CODE_WORDS.has(w));
  const head = words[words.length - 1];
  // Plurals are read as the singular, `cities` and `localities` too.
  if (!head) return undefined;
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.endsWith('s') ? head.slice(0, -1) : undefined;
  if (!(rules.placeContainers.has(head) || (singular !== undefined && rules.placeContainers.has(singular)))) return undefined;
  for (const sibling of siblings ?? []) if (namesWholeAddress(wordsOf(sibling, rules), rules)) return undefined;
  return `place:${head}`;
}

/** Whether the words hold a street or whole-address term (`placeReferenceBlockers`: `street`, `address line`). */
export function namesWholeAddress(words: string[], rules: CompiledRules): boolean {
  for (let i = 0; i < words.length; i++) {
    for (let length = 1; length <= LONGEST_TERM && i + length <= words.length; length++) {
      if (rules.wholeAddressTerms.has(words.slice(i, i + length).join(' '))) return true;
    }
  }
  return false;
}
