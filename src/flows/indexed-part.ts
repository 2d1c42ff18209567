/**
 * A part taken by index from what a call made: `customer.name.split(' ')[0]` (the first name), `user.email.split('@')[0]`,
 * `recipients.filter(isValid)[0]`, `fullName.trim().split(/\s+/)[1]`. The whole was read through the call
 * (`split`, `filter` hand on their receiver), but an element access on a call's result named no field, so the part
 * carried nothing: an SMS greeting `Hei, ${customer.name.split(' ')[0]}` handed over the phone number and not the
 * name (bl-monorepo's match notices). The part holds what the whole holds. A member read by name (`parts.first`) or a
 * path of names (`contacts[0].email`) is read as before, by its names. One part holds nothing personal: what follows
 * the `@` of an address (`user.email.split('@')[1]`) is its domain, which analytics group traits carry for the
 * organisation, not the person (novu's `upsertGroup`).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** The call result `node` indexes into (`customer.name.split(' ')` of `customer.name.split(' ')[0]`), or undefined. */
export function indexedPart(node: ts.Expression): ts.Expression | undefined {
  if (!typescript.isElementAccessExpression(node) || typescript.isStringLiteralLike(node.argumentExpression)) return undefined;
  const whole = unwrap(node.expression);
  if (!typescript.isCallExpression(whole)) return undefined;
  return isDomainPart(whole, node.argumentExpression) ? undefined : whole;
}

/** `x.split('@')[1]` (any index but 0): the domain of an address. */
function isDomainPart(call: ts.CallExpression, index: ts.Expression): boolean {
  const callee = call.expression;
  const separator = call.arguments[0];
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'split') return false;
  if (!separator || !typescript.isStringLiteralLike(separator) || separator.text !== '@') return false;
  return !(typescript.isNumericLiteral(index) && index.text === '0');
}
