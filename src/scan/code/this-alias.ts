/**
 * The object itself kept under another name, as code written before arrow functions does (`var that = this;` or
 * `const self = this;` at the top of a method, then `that.sendTranscriptByEmail(lead.email, …)` inside a callback):
 * a call on that local is a call on `this`, so it reaches the class's own method as `this.deliver(…)` does. Only a
 * local whose initializer is `this` itself; a local given anything else (`const that = this.client`) keeps its own
 * reading.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** Whether `name` is a local made as `this` (`localValue` gives a local's initializer in the call's scope). */
export function isThisAlias(name: string, localValue: (name: string) => ts.Expression | undefined): boolean {
  const value = localValue(name);
  return value !== undefined && unwrap(value).kind === typescript.SyntaxKind.ThisKeyword;
}

/** The callee's root and path with a `this` alias read as `this` (`that.send` -> `this.send`). */
export function throughThisAlias<T extends { root: string; path: string[] }>(callee: T, localValue: (name: string) => ts.Expression | undefined): T {
  return callee.root !== 'this' && isThisAlias(callee.root, localValue) ? { ...callee, root: 'this' } : callee;
}
