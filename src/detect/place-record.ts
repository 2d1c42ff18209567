/**
 * A town member typed as a record named for a place (`comune: Comune`, `comuneIsa: ComuneISA`,
 * `gemeinde: Gemeinde`, `comuni: List<ComuneISA>`) links to that place's own record: a
 * municipality the app serves, a reference list of towns with their codes. The member holds no line of anybody's
 * address, so its town word does not count (the labels keep such a relation `-`). A type named for a whole address
 * (`Address`, `Indirizzo`, `CityAddress`) is the address's record and counts as before; a text type is the town itself.
 * The town words are rules/context.yml `placeRecordConcepts`; the address words `placeReferenceBlockers`, as in
 * place-reference.ts. A district's record (`bydel: Bydel`, a city's part with its number and name) stays a part of the
 * address, as the labels have it.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';
import { namesWholeAddress } from './place-reference.js';

/** Whether the record type `typeName` is named for a town and for no whole address. */
export function isPlaceRecordType(typeName: string, rules: CompiledRules): boolean {
  const words = wordsOf(typeName, rules);
  const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : w);
  if (!words.some((w) => rules.placeRecordWords.has(w) || rules.placeRecordWords.has(singular(w)))) return false;
  return !namesWholeAddress(words, rules);
}
