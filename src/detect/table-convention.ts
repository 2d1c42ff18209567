/**
 * What a legacy table's column names share (a vendor prefix, a table code before or after every column) is
 * inferred from the table's own columns, once per sibling list: every field of the table asks with the same
 * list, so the answer is kept per list object.
 */
import type { CompiledRules } from './compile.js';

/** Fewer columns than this are too few to tell a table's convention from a coincidence. */
export const MIN_COLUMNS = 4;

export type Infer<T> = (siblings: string[], rules: CompiledRules) => T | null;

/** `infer` asked once per sibling list (null: the table has no such convention). */
export function perTable<T>(infer: Infer<T>): (siblings: string[] | undefined, rules: CompiledRules) => T | undefined {
  const cache = new WeakMap<string[], T | null>();
  return (siblings, rules) => {
    if (!siblings || siblings.length < MIN_COLUMNS) return undefined;
    let found = cache.get(siblings);
    if (found === undefined) {
      found = infer(siblings, rules);
      cache.set(siblings, found);
    }
    return found ?? undefined;
  };
}
