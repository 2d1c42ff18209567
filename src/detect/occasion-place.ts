/**
 * A record with the times it starts and ends, no person's field and no link to its party (`Termin(name, startZeit, endZeit, straße, postleitzahl,
 * stadt)`, `einsatz(Uhrzeit_Anfang, Uhrzeit_Ende, Strasse, Ort)`, `DatiRichiesta(oraInizioOccupazione,
 * oraScadenzaOccupazione, nomeVia)`) is an occasion: a rehearsal, a deployment, an occupation of public land. Its street,
 * number, postcode and town are where it takes place, a venue's or an incident's, nobody's address (the labels'
 * convention). A party named before the term keeps its own (`indirizzoOrgRichiedente`), and a record named for an address
 * (`PersonAddress(start_date, end_date, street)`, a period of an address) is that address.
 * The words are rules/context.yml `occasionStarts`, `occasionEnds` and `occasionTimes`. Dates alone say a period (a
 * volunteering mission's, an employment's, a unit's), which the labels keep an address of.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';
import type { TermMatch } from './match-terms.js';

/**
 * Whether a field says at what time of day something starts or ends (`startZeit`, `Uhrzeit_Ende`, `oraInizioOccupazione`),
 * or links to the record's party (`customer`, `user_id`: then the record is about that party, a permit's holder).
 */
export function occasionField(words: string[], rules: CompiledRules): 'start' | 'end' | 'party' | undefined {
  if (rules.personContainers.has(words[0]!) && (words.length === 1 || (words.length === 2 && PARTY_LINKS.has(words[1]!)))) return 'party';
  if (!words.some((w) => rules.occasionTimes.has(w))) return undefined;
  if (words.some((w) => rules.occasionStarts.has(w))) return 'start';
  if (words.some((w) => rules.occasionEnds.has(w))) return 'end';
  return undefined;
}

/** The key words of a link to a record (`user_id`, `customerFk`). */
const PARTY_LINKS = new Set(['id', 'ids', 'fk', 'key', 'ref']);

/** Whether the innermost container is named for an address (`PersonAddress`, `Adresse`): its period is the address's. */
export function namedForAddress(container: string[] | undefined, rules: CompiledRules): boolean {
  const segment = container?.[container.length - 1];
  if (!segment) return false;
  return wordsOf(segment, rules).some((w) => rules.evidenceIndex.get(w)?.some((e) => e.kind === 'address' && e.term.length === 1));
}

/** Whether a party is named around the term (`indirizzoOrgRichiedente`, `customer_city`): that party's address, not the venue. */
export function namesParty(match: TermMatch, rules: CompiledRules): boolean {
  if (match.personNoun !== undefined || match.rule.person) return true;
  return [...match.prefix, ...match.suffix].some((w) => rules.personNouns.has(w) || rules.personContainers.has(w) || rules.organisationContainers.has(w));
}
