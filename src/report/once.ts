/**
 * For one render: a text that many rows repeat (a reason, a purpose's tag, a category) is formatted once.
 * Meant for texts from a small set; a name unique to its row is formatted as it comes, or the cache would
 * only grow (issue 14: linear outputs).
 */
export function once<K = string>(format: (key: K) => string): (key: K) => string {
  const done = new Map<K, string>();
  return (key) => {
    let formatted = done.get(key);
    if (formatted === undefined) done.set(key, (formatted = format(key)));
    return formatted;
  };
}

/**
 * For one render: what a list formats to, kept per list object. The report model shares a list that many
 * elements repeat (purposes, recipients, evidence: src/report/build.ts), so a row formats it only the first
 * time; a list unique to its row is formatted as it comes and kept no longer than the render.
 */
export function perList<T>(format: (list: readonly T[]) => string): (list: readonly T[]) => string {
  return once<readonly T[]>(format);
}
