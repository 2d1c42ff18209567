/**
 * A part taken by index from what a call made: `customer.name.split(' ')[0]` (the first name), `user.email.split('@')[0]`,
 * `recipients.filter(isValid)[0]`, `fullName.trim().split(/\s+/)[1]`. The whole was read through the call
 * (`split`, `filter` hand on their receiver), but an element access on a call's result named no field, so the part
 * carried nothing: an SMS greeting `Hei, ${customer.name.split(' ')[0]}` handed over the phone number and not the
 * name (bl-monorepo's match notices). The part holds what the whole holds. A member read by name (`parts.first`) or a
 * path of names (`contacts[0].email`) is read as before, by its names.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** The call result `node` indexes into (`customer.name.split(' ')` of `customer.name.split(' ')[0]`), or undefined. */
export function indexedPart(node: ts.Expression): ts.Expression | undefined {
  if (!typescript.isElementAccessExpression(node) || typescript.isStringLiteralLike(node.argumentExpression)) return undefined;
  const whole = unwrap(node.expression);
  return typescript.isCallExpression(whole) ? whole : undefined;
}
