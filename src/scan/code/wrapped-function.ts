/**
 * A function handed to a higher-order call at a module's top level (session 14, seen in coop-mediation-numerique's
 * Brevo helpers: `const brevoApiThrottle = pThrottle({ limit: 10 })`, then `export const createBrevoContact =
 * brevoApiThrottle(createContactImmediate)`; the shape of `throttle(fn, 1000)`, `debounce(fn)`, `memoize(fn)`,
 * `withRetry(fn)`, React's `cache(fn)`, a limiter's `wrap(fn)`). The value made calls the function with the arguments it
 * is given, later or more slowly, so a caller's `createBrevoContact({ contact })` reaches what
 * `createContactImmediate` reaches. Read as what the higher-order call makes, it was no function and its callers'
 * data reached nothing. Only where exactly one argument names a function declared in the same file; a call given
 * none (`createClient(url)`) or two keeps its reading.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The function of the file a higher-order call wraps (`createContactImmediate` of `throttle(createContactImmediate)`), if it wraps exactly one. */
export function wrappedFunction(value: ts.Expression, isOwnFunction: (name: string) => boolean): string | undefined {
  const node = unwrap(value);
  if (!typescript.isCallExpression(node)) return undefined;
  const named = node.arguments.map(unwrap).filter((a): a is ts.Identifier => typescript.isIdentifier(a) && isOwnFunction(a.text));
  return named.length === 1 ? named[0]!.text : undefined;
}

/**
 * `resendTraced('emails.send', attributes, safeSendCore)({ email, options })` (session 50, a billing platform's mail
 * helper wrapping its send in a tracing span): the wrapper called in place calls the function it wraps with the
 * arguments given, as `const traced = resendTraced(…, safeSendCore); traced(…)` would. The function's name, if the
 * callee is such a call.
 */
export function wrappedFunctionCalled(call: ts.CallExpression | ts.NewExpression, isOwnFunction: (name: string) => boolean): string | undefined {
  const callee = unwrap(call.expression);
  return typescript.isCallExpression(call) && typescript.isCallExpression(callee) ? wrappedFunction(callee, isOwnFunction) : undefined;
}
