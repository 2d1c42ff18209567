/**
 * Orders migration files the way their tools apply them. Numbers compare as numbers (`2_x` before `10_x`,
 * timestamps of any width), everything else by code point, so the order never depends on the locale.
 */
const CHUNK = /\d+|\D+/g;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareNatural(a: string, b: string): number {
  const left = a.match(CHUNK) ?? [];
  const right = b.match(CHUNK) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    const bothDigits = /^\d/.test(x) && /^\d/.test(y);
    const order = bothDigits ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  // Equal up to leading zeros: fall back to the raw text so the order is still total.
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FlywayName {
  kind: 'versioned' | 'repeatable';
  /** `V1_1__x.sql` -> ['1', '1']; empty for repeatables. */
  version: string[];
  description: string;
}

/** Flyway's naming: `V<version>__<description>.sql` (version parts split on `.` or `_`) and `R__<description>.sql`. */
export function parseFlywayName(fileName: string): FlywayName | undefined {
  const versioned = /^V(\d+(?:[._]\d+)*)__(.*)\.sql$/.exec(fileName);
  if (versioned) return { kind: 'versioned', version: versioned[1]!.split(/[._]/), description: versioned[2]! };
  const repeatable = /^R__(.*)\.sql$/.exec(fileName);
  if (repeatable) return { kind: 'repeatable', version: [], description: repeatable[1]! };
  return undefined;
}

/** Flyway applies versioned migrations by version (1.1 < 1.10 < 2), then repeatables by description. */
export function compareFlyway(a: FlywayName, b: FlywayName): number {
  if (a.kind !== b.kind) return a.kind === 'versioned' ? -1 : 1;
  for (let i = 0; i < Math.max(a.version.length, b.version.length); i++) {
    // A missing part counts as zero: Flyway treats 1 and 1.0 as the same version.
    const order = compareDigits(a.version[i] ?? '0', b.version[i] ?? '0');
    if (order !== 0) return order;
  }
  return compareNatural(a.description, b.description);
}
