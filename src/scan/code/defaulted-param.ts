/**
 * A parameter given an empty object when the caller left it out, then filled key by key (session 53, seen in Nango's
 * product tracking: `userProperties = userProperties || {}; … userProperties['email'] = user.email;
 * eventProperties['$set'] = userProperties; this.client.capture({ properties: eventProperties })`). A local made as
 * `{}` and filled so carries its keys (filled-objects.ts); a parameter reassigned so was read as the caller's value
 * alone, and what the function added was lost. The object written in the default is the one the keys are given to:
 * it is kept as the parameter's reassigned value, so a reading of the parameter reads it and its keys too.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { isOrElse, unwrap } from './unwrap.js';
import { boundNames } from './bound-names.js';

/** The object literal of `name = name || {}`, `name = name ?? {}`, `name ||= {}` or `name ??= {}`, if `binary` is one. */
export function defaultedObject(binary: ts.BinaryExpression): { name: string; object: ts.ObjectLiteralExpression } | undefined {
  const left = binary.left;
  if (!typescript.isIdentifier(left)) return undefined;
  const kind = binary.operatorToken.kind;
  if (kind === typescript.SyntaxKind.BarBarEqualsToken || kind === typescript.SyntaxKind.QuestionQuestionEqualsToken) {
    const value = unwrap(binary.right);
    return typescript.isObjectLiteralExpression(value) ? { name: left.text, object: value } : undefined;
  }
  if (kind !== typescript.SyntaxKind.EqualsToken) return undefined;
  const value = unwrap(binary.right);
  if (!isOrElse(value)) return undefined;
  const first = unwrap(value.left);
  const fallback = unwrap(value.right);
  return typescript.isIdentifier(first) && first.text === left.text && typescript.isObjectLiteralExpression(fallback) ? { name: left.text, object: fallback } : undefined;
}

/** Whether `fn` takes a parameter of that name (`options`, or `{ userProperties }` taken apart). */
export function takesParameter(fn: ts.SignatureDeclaration, name: string): boolean {
  return fn.parameters.some((p) => boundNames(p.name).includes(name));
}
