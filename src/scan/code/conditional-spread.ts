/**
 * A key added only in some cases (`...(['POST', 'PUT'].includes(methode) && { body: JSON.stringify(requete.corps) })`,
 * `...(cc ? { cc } : {})`, seen in mon-aide-cyber's Brevo request helper and its message builders): the spread object
 * literal's keys are the message's keys too, read as if written in the outer literal, since the condition says when
 * they are sent, not what they hold.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The object literals a conditional spread may add (`cond && { … }`, `cond ? { … } : { … }`); none for any other spread. */
export function conditionalLiterals(spread: ts.Expression): ts.ObjectLiteralExpression[] {
  const value = unwrap(spread);
  if (typescript.isBinaryExpression(value) && value.operatorToken.kind === typescript.SyntaxKind.AmpersandAmpersandToken) {
    const right = unwrap(value.right);
    return typescript.isObjectLiteralExpression(right) ? [right] : [];
  }
  if (typescript.isConditionalExpression(value)) return [value.whenTrue, value.whenFalse].map(unwrap).filter((v): v is ts.ObjectLiteralExpression => typescript.isObjectLiteralExpression(v));
  return [];
}
