/**
 * A visit's or a request's record that keeps the visitor's IP address beside a town and no street or postcode
 * (`ahoy_visits(ip, country, region, city, latitude, longitude)`, an analytics session's geo lookup) holds where the IP
 * address was placed on a map, nobody's postal address. A record with an address of its own (an order keeping the
 * buyer's IP beside the billing street and postcode) is an address record and keeps its town.
 */
import type { CompiledRules } from './compile.js';
import { wordsOf, type RecordEvidence } from './context.js';

/** The network words an IP field is named with (`ip`, `ip_address`, `remote_ip`, `last_sign_in_ipv4`). */
const IP = new Set(['ip', 'ipv4', 'ipv6']);

// Front ends pass one siblings array for every field of a record: decide once per array.
const cache = new WeakMap<readonly string[], boolean>();

/** Whether a town of this record is an IP address's geolocation: an IP field beside it, no address of the record's own. */
export function isIpGeolocation(siblings: readonly string[] | undefined, record: RecordEvidence, rules: CompiledRules): boolean {
  if (!siblings || record.addressRecord) return false;
  let found = cache.get(siblings);
  if (found === undefined) {
    found = siblings.some((sibling) => wordsOf(sibling, rules).some((w) => IP.has(w)));
    cache.set(siblings, found);
  }
  return found;
}
