/**
 * A factory written as an arrow with an expression body (`export const adaptateursRequeteBrevo = () => new
 * AdaptateursRequeteBrevo()`, seen in mon-aide-cyber's Brevo adapters): it makes instances of that class, as a
 * function whose `return new X()` says so does (`FunctionFact.instances`). The walk sees no `return` statement in
 * such a body, so its result is read here.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The class an arrow's expression body constructs (`() => new Mailer(key)`), by its name as written. */
export function conciseInstance(fn: ts.SignatureDeclaration): string | undefined {
  if (!typescript.isArrowFunction(fn) || typescript.isBlock(fn.body)) return undefined;
  const body = unwrap(fn.body);
  return typescript.isNewExpression(body) && typescript.isIdentifier(body.expression) ? body.expression.text : undefined;
}
