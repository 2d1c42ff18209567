/**
 * For one render: a text that many rows repeat (a reason, a purpose's tag, a category) is formatted once.
 * Meant for texts from a small set; a name unique to its row is formatted as it comes, or the cache would
 * only grow (issue 14: linear outputs).
 */
export function once(format: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let formatted = done.get(text);
    if (formatted === undefined) done.set(text, (formatted = format(text)));
    return formatted;
  };
}

/**
 * For one render: what a list formats to, kept per list object. The report model shares a list that many
 * elements repeat (purposes, recipients, evidence: src/report/build.ts), so a row formats it only the first
 * time; a list unique to its row is formatted as it comes and kept no longer than the render.
 */
export function perList<T>(format: (list: readonly T[]) => string): (list: readonly T[]) => string {
  const done = new Map<readonly T[], string>();
  return (list) => {
    let formatted = done.get(list);
    if (formatted === undefined) done.set(list, (formatted = format(list)));
    return formatted;
  };
}
