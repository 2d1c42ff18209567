/**
 * A vendor's client lent to a callback (issue 12, session 33; seen in a Q&A SaaS's PostHog tracking): a helper makes
 * the client, hands it to the function it was given and closes it after, so its callers never import the vendor:
 *     // withPostHog.ts
 *     export default async function withPostHog(fn) { const client = new PostHog(key); await fn(client); client.shutdown() }
 *     // trackUserSignup.ts
 *     await withPostHog(async (client) => client.capture({ distinctId: user.id, properties: { $set: { email: user.email } } }))
 * The helper's module keeps, as a client of its own, what it hands to its parameter N (`withPostHog(0)`), and the
 * caller's callback parameter stands for that value (`client` is `withPostHog(0)`), so `client.capture` is linked to
 * PostHog as a call on the helper's client is. Only a value bound to a catalogue package counts: a helper handing its
 * callback data, a transaction or a logger of its own makes nothing of the callback's calls.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The client name a helper's module keeps for what it hands to its parameter `param`: `withPostHog(0)`. */
export const lentClientName = (fn: string, param: number): string => `${fn}(${param})`;

/** The path step a callback's parameter stands for: the value the callee hands to its parameter `param`. */
export const lentClientStep = (param: number): string => `(${param})`;

/** `(0)` of a callback parameter's path: the helper's parameter it was given as, or undefined for any other step. */
export function lentParam(step: string | undefined): number | undefined {
  const match = step !== undefined ? /^\((\d+)\)$/.exec(step) : null;
  return match ? Number(match[1]) : undefined;
}

/** `fn(client)` in a helper whose parameter `fn` is: that parameter's index and the local handed to it, if one. */
export function lentToParameter(call: ts.CallExpression, paramIndexOf: (name: string) => number | undefined): { param: number; local: string } | undefined {
  const callee = unwrap(call.expression);
  const first = call.arguments[0] && unwrap(call.arguments[0]);
  if (!typescript.isIdentifier(callee) || !first || !typescript.isIdentifier(first)) return undefined;
  const param = paramIndexOf(callee.text);
  return param !== undefined ? { param, local: first.text } : undefined;
}

/** `withPostHog(async (client) => …)`: each callback argument's first parameter, by the argument's position. */
export function callbackParameters(call: ts.CallExpression): { param: number; name: string }[] {
  const out: { param: number; name: string }[] = [];
  call.arguments.forEach((arg, index) => {
    const fn = unwrap(arg);
    if (!typescript.isArrowFunction(fn) && !typescript.isFunctionExpression(fn)) return;
    const first = fn.parameters[0]?.name;
    if (first && typescript.isIdentifier(first)) out.push({ param: index, name: first.text });
  });
  return out;
}
