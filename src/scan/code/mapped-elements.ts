/**
 * What an array's `map` builds from a wrapper's parameter: `const mensajes = tokens.map((t) => ({ to: t.token, body:
 * payload.body }))` sent as `JSON.stringify(mensajes)` (a push service sending one message per device the user has,
 * the devices read from the database). The callback's result is each element of the new array, so a parameter it
 * reads reaches whatever the array reaches, as a parameter read in a `for` loop's body would. Only `map` and
 * `flatMap`, whose result is the callback's values (a `filter`, `some` or `find` callback's values are decisions), and
 * only a callback whose own parameters shadow none of the wrapper's: its `email` would be the element's, not theirs.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { returnedValues } from './returns.js';
import { boundNames } from './bound-names.js';

const MAPPING_METHODS = new Set(['map', 'flatMap']);

/** The values a `map`/`flatMap` callback returns, unless its parameters shadow one of `isParameter`'s names. */
export function mappedValues(call: ts.CallExpression, isParameter: (name: string) => boolean): ts.Expression[] {
  if (!typescript.isPropertyAccessExpression(call.expression) || !MAPPING_METHODS.has(call.expression.name.text)) return [];
  const callback = call.arguments[0] && unwrap(call.arguments[0]);
  if (!callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return [];
  if (callback.parameters.some((p) => boundNames(p.name).some(isParameter))) return [];
  return typescript.isBlock(callback.body) ? returnedValues(callback.body) : [callback.body];
}

