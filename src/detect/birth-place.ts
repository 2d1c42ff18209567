/**
 * A record named for a birth (`LuogoNascita`, `Foedested`, `GeboorteSource`, `BirthPlace`) holds where its person was
 * born: its town, region and country name a place of birth, which is no address (the labels keep `geboorteplaats`,
 * `luogoNascita` and the fields of such a record `-`). The stems are rules/context.yml `birthStems`, looked for in the
 * record's own name folded, since a compound (`fødested`, `geburtsort`) is no word the vocabulary splits.
 */
import type { CompiledRules } from './compile.js';
import { normalizeWord } from './normalize.js';

/** Whether the innermost record of `container` is named for a birth. */
export function isBirthRecord(container: readonly string[] | undefined, rules: CompiledRules): boolean {
  const own = container?.at(-1);
  if (!own) return false;
  const folded = normalizeWord(own);
  return rules.birthStems.some((stem) => folded.includes(stem));
}
