/**
 * A street register: a record that maps a street or a postcode to a range of house numbers, from one number to
 * another (`pna(zip, streetname, fromnumber, tonumber)`, a Danish `vejby(fraHusnummer, tilHusnummer)`, a Brazilian
 * `cadenderrua(numinicial, numfinal)`). Its streets, postcodes and towns are a reference list, nobody's address, like
 * a table named for postcodes (`zipcodes`). A person's or a place's address holds one house number, never a range.
 */

/** A house number's words, after a range's first or last end (`fromnumber`, `fra_husnummer`, `numinicial`). */
const NUMBER = '(?:house)?(?:number|nummer|husnummer|huisnummer|hausnummer|numero|num|nr|no)';
const FROM = '(?:from|fra|von|van|desde|start|min|inicial|ini|first)';
const TO = '(?:to|til|bis|tot|ate|hasta|end|max|final|fim|last)';
const RANGE_FROM = new RegExp(`^(?:${FROM}${NUMBER}|${NUMBER}${FROM})$`);
const RANGE_TO = new RegExp(`^(?:${TO}${NUMBER}|${NUMBER}${TO})$`);

/** The field name without a table code before it (`db74_`) and without separators or case. */
const bare = (name: string) => name.replace(/^[A-Za-z]{1,4}\d{1,3}_/, '').toLowerCase().replace(/[^a-z]/g, '');

// Front ends pass one siblings array for every field of a record: decide once per array.
const cache = new WeakMap<readonly string[], boolean>();

/** Whether the fields hold both ends of a house-number range: the record is a street register. */
export function isStreetRegister(siblings: readonly string[] | undefined): boolean {
  if (!siblings || siblings.length < 2) return false;
  let found = cache.get(siblings);
  if (found === undefined) {
    const names = siblings.map(bare);
    found = names.some((n) => RANGE_FROM.test(n)) && names.some((n) => RANGE_TO.test(n));
    cache.set(siblings, found);
  }
  return found;
}
