/**
 * Builders kept in locals (seen in mon-aide-cyber's Brevo adapters; the builder pattern of hand-written API clients):
 * `const destinataire = { email: utilisateur.email }`, then `const constructeur = unConstructeurEnvoiDeMail()
 * .ayantPourDestinataires([[destinataire.email, destinataire.nom]])`, then `send(constructeur.construis())`.
 * Two readings, for which parameters reach a call:
 * - a member read of a local object literal (`destinataire.email`) is the value written under that key;
 * - a method named for building, called without arguments on a local made by a chain of calls given arguments
 *   (`constructeur.construis()`, `builder.build()`), returns what the chain was given: a builder hands back the message
 *   its setters filled (a query builder's `execute()` is no such method: it returns rows).
 * A local made by a look-up (`findUser(email)`, a data-access name) is a row, not its arguments, and is not read so.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** `destinataire.email` where `const destinataire = { email: x }`: the expression written under that key. */
export function literalMember(local: ts.Expression, key: string): ts.Expression | undefined {
  const value = unwrap(local);
  if (!typescript.isObjectLiteralExpression(value)) return undefined;
  for (const property of value.properties) {
    if (typescript.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
    if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) && property.name.text === key) return property.initializer;
  }
  return undefined;
}

/**
 * A method that hands back what was built (`build`, `construis`, `construct`, `compose`, `toJSON`, `toRequest`), as
 * opposed to one running what was set up (a query builder's `execute()` returns rows, not its conditions).
 */
const BUILD = /^(?:build|constru|compose|assemble|make|finali[sz]e|to(?:JSON|Object|Message|Request|Payload|Body|Mail|Email))/i;

/**
 * `constructeur.construis()` with no arguments, where `constructeur` was made by a chain of method calls given
 * arguments (`f().ayantPourDestinataires(list).ayantPourSujet(s)`): the chain, to be read for what it was given.
 */
export function builderChainOf(call: ts.CallExpression, local: ts.Expression | undefined, isDataAccess: (callee: ts.Expression) => boolean): ts.Expression | undefined {
  if (call.arguments.length > 0 || !local || !typescript.isPropertyAccessExpression(call.expression) || !BUILD.test(call.expression.name.text)) return undefined;
  let node = unwrap(local);
  if (typescript.isAwaitExpression(node)) return undefined;
  let setters = 0;
  while (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression)) {
    if (isDataAccess(node.expression)) return undefined;
    if (node.arguments.length) setters++;
    node = unwrap(node.expression.expression);
  }
  // The chain starts at a factory's call or a construction (`unConstructeur()`, `new Builder()`), never at a value read.
  if (!(typescript.isCallExpression(node) || typescript.isNewExpression(node)) || setters === 0) return undefined;
  return local;
}
