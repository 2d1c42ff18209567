/**
 * A record with a journey's two ends (`transport_offer(origin_city, destination_city)`, `reise(abfahrtsort, zielort)`)
 * names the towns a ride or a shipment goes from and to: places on a route, not where its person lives. Both ends must
 * be there, so a delivery's lone `destination_city` (the consignee's town) stays an address. Towns and districts only: a
 * street or a whole address at either end is still a postal address.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';

/** The start and the end of a journey, by language (en, de, nl, fr, es, pt, it, the Nordic languages, fi, pl). */
const ORIGIN = new Set(['origin', 'departure', 'herkunft', 'abfahrt', 'abfahrts', 'vertrek', 'herkomst', 'depart', 'provenance', 'origen', 'salida', 'origem', 'partida', 'partenza', 'provenienza', 'avreise', 'avgang', 'afgang', 'lahto', 'wyjazd', 'skad']);
const DESTINATION = new Set(['destination', 'arrival', 'ziel', 'ankunft', 'bestemming', 'aankomst', 'arrivee', 'destino', 'llegada', 'chegada', 'arrivo', 'destinazione', 'ankomst', 'destinasjon', 'maal', 'saapuminen', 'kohde', 'przyjazd', 'dokad', 'cel']);

/** Whether the field is one end of a journey whose other end is among its siblings. */
export function isJourneyEnd(name: string, siblings: string[] | undefined, rules: CompiledRules): boolean {
  const own = wordsOf(name, rules);
  const end = own.some((w) => ORIGIN.has(w)) ? DESTINATION : own.some((w) => DESTINATION.has(w)) ? ORIGIN : undefined;
  if (!end || !siblings) return false;
  return siblings.some((sibling) => sibling !== name && wordsOf(sibling, rules).some((w) => end.has(w)));
}
