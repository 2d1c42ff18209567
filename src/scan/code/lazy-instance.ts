/**
 * A function handing out an instance it made once and keeps in a module variable (`let emailClient: EmailClient |
 * null = null; function getEmailClient() { if (!emailClient) emailClient = new EmailClient(…); return emailClient }`,
 * openstatus's subscription channels, papermark's `getSlackClient()`): it makes instances of that class, as a function
 * returning `new EmailClient(…)` does, so `getEmailClient().sendPageSubscription({ to })` and `const client =
 * getEmailClient(); client.sendPageSubscription({ to })` call the class's method.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The classes a returned variable was given as `new X(…)` (`isBound`: a catalogue package's, which is a client instead). */
export function lazyInstanceClasses(returned: ts.Expression, initializersOf: (name: string) => readonly ts.Expression[], isBound: (name: string) => boolean): string[] {
  const node = unwrap(returned);
  if (!typescript.isIdentifier(node)) return [];
  const classes: string[] = [];
  for (const value of initializersOf(node.text)) {
    const made = unwrap(value);
    if (!typescript.isNewExpression(made)) continue;
    const callee = unwrap(made.expression);
    if (typescript.isIdentifier(callee) && !isBound(callee.text) && !classes.includes(callee.text)) classes.push(callee.text);
  }
  return classes;
}

/** `getEmailClient()` of a function of this file known to make instances: its result, as the link stage spells it. */
export function madeByLocalFunction(init: ts.Expression, functionId: (name: string) => string | undefined, makesInstances: (id: string) => boolean): { root: string; path: string[] } | undefined {
  const node = unwrap(init);
  if (!typescript.isCallExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  if (!typescript.isIdentifier(callee)) return undefined;
  const id = functionId(callee.text);
  return id !== undefined && makesInstances(id) ? { root: id, path: ['()'] } : undefined;
}
