/**
 * A per-file cache entry's module facts (`scan.module`: what the link stage reads of a file) stored apart from
 * the rest of its scan, so the ESLint plugin's link reads a reached module's facts without parsing its fields
 * and flows (documenso's first file read a few dozen whole scans for their facts: 9 ms of its 94).
 *
 * An entry of a file outcome with facts is written as
 * `{"key":"<40 hex>","apart":"<10-digit byte length>","facts":<facts>,"value":<the outcome, scan.module 0>}`:
 * still one JSON text (the whole outcome is one parse, the facts put back in their place), and the facts
 * start at a fixed offset with their length before them, so reading them alone decodes and parses only their
 * bytes. Any other entry is `{"key":...,"value":...}` as before (pack.ts).
 */

/** Where the facts start in an entry written apart, and the length's digits. */
const HEAD_BYTES = '{"key":"'.length + 40 + '","apart":"'.length;
const LENGTH_DIGITS = 10;
const FACTS_AT = HEAD_BYTES + LENGTH_DIGITS + '","facts":'.length;

type Outcome = { scan: Record<string, unknown> };

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** Whether `value` is a scanned file's outcome with module facts to store apart. */
const hasFacts = (value: unknown): value is Outcome => isObject(value) && isObject(value.scan) && isObject(value.scan.module);

/** The entry's JSON bytes for `key` (a pack key) and `value`, its facts apart when it has some. */
export function entryBytes(key: string, value: unknown): Buffer {
  if (!hasFacts(value)) return Buffer.from(JSON.stringify({ key, value }));
  const facts = Buffer.from(JSON.stringify(value.scan.module));
  // The facts' place in the scan is kept (a 0), so the whole outcome reads back with its keys in their order.
  const rest = JSON.stringify({ ...value, scan: { ...value.scan, module: 0 } });
  const head = `{"key":"${key}","apart":"${String(facts.length).padStart(LENGTH_DIGITS, '0')}","facts":`;
  return Buffer.concat([Buffer.from(head, 'latin1'), facts, Buffer.from(`,"value":${rest}}`)]);
}

/** The value of an entry's parsed JSON when it names `key`, its facts put back; undefined otherwise. */
export function entryValue(entry: unknown, key: string): unknown {
  if (!isObject(entry) || entry.key !== key) return undefined;
  if (!('apart' in entry)) return entry.value;
  const value = entry.value;
  if (!isObject(value) || !isObject(value.scan) || !isObject(entry.facts)) return undefined;
  value.scan.module = entry.facts;
  return value;
}

/**
 * The module facts of the entry `bytes` (`{ facts }`, undefined inside for an outcome without any: a skipped
 * file, a file with no imports or calls), parsing only the facts where they are stored apart; undefined for a
 * damaged entry, another key's, or anything that is not a file outcome.
 */
export function entryFacts(bytes: Buffer, key: string): { facts: unknown } | undefined {
  const head = bytes.toString('latin1', 0, HEAD_BYTES);
  if (head === `{"key":"${key}","apart":"`) {
    const length = Number(bytes.toString('latin1', HEAD_BYTES, HEAD_BYTES + LENGTH_DIGITS));
    if (!Number.isSafeInteger(length) || FACTS_AT + length > bytes.length || bytes.toString('latin1', HEAD_BYTES + LENGTH_DIGITS, FACTS_AT) !== '","facts":') return undefined;
    const facts = JSON.parse(bytes.toString('utf8', FACTS_AT, FACTS_AT + length)) as unknown;
    return isObject(facts) ? { facts } : undefined;
  }
  return outcomeFacts(entryValue(JSON.parse(bytes.toString('utf8')), key));
}

/** The facts of a whole outcome (`{ facts }`), undefined when `value` is not one. */
export function outcomeFacts(value: unknown): { facts: unknown } | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value.skipped)) return { facts: undefined };
  if (typeof value.lines !== 'number' || !isObject(value.scan)) return undefined;
  return { facts: value.scan.module };
}
