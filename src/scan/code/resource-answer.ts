/**
 * A vendor's answer to a resource call, not a client: `const setupIntent = await stripe.setupIntents.create(…);
 * return setupIntent`. A function returning it is a wrapper to summarise (its parameters may reach a sink in its
 * other calls), never a factory of the vendor's client: read as one, every call of it resolved to the client, no
 * sink matched the bare call and the data its callers handed over was lost (unchained's Stripe registration
 * intent). A resource call is a method two or more members deep on a value made from the vendor's package
 * (`client.resource.method(…)`); one member deep (`logger.child()`, `Mixpanel.init(token)`) still makes a client.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { Bindings } from './flow-bindings.js';
import { unwrap } from './unwrap.js';

const MAX_DEPTH = 3;

export function isResourceAnswer(expression: ts.Expression, bindings: Bindings, depth = 0): boolean {
  const node = unwrap(expression);
  if (typescript.isIdentifier(node)) return depth < MAX_DEPTH && bindings.initializersOf(node.text).some((e) => isResourceAnswer(e, bindings, depth + 1));
  if (!typescript.isCallExpression(node)) return false;
  let callee = unwrap(node.expression);
  // `return patchWithRetry(oystehr, id, ops)` where this file's `patchWithRetry` returns `oystehr.fhir.patch(…)`.
  if (typescript.isIdentifier(callee)) return depth < MAX_DEPTH && bindings.initializersOf(`${callee.text}()`).some((e) => isResourceAnswer(e, bindings, depth + 1));
  let members = 0;
  while (typescript.isPropertyAccessExpression(callee)) {
    members++;
    callee = unwrap(callee.expression);
  }
  return members >= 2 && typescript.isIdentifier(callee) && bindings.binding(callee.text)?.kind === 'instance';
}
