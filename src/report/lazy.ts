/**
 * A report property computed when first read, then kept as a plain value. A format reads only what it renders:
 * CSV never reads the summary, the purposes' counts or the recipients' element lists, and those cost a pass
 * over 40,000 elements and a sort (issue 14: linear outputs). The property stays enumerable and in its place,
 * so `JSON.stringify`, a spread and `Object.keys` see the same object as before.
 */
export function defineLazy<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const keep = (value: T[K]) => Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      keep(value);
      return value;
    },
    set: keep,
  });
}

/** Computes once, on first call. */
export function memo<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
