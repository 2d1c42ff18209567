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
