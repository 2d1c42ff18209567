/**
 * How apps call a helper that formats a person's name (field-accessor-call.ts) besides with the record alone
 * (session 14, seen in Dsek-LTH/web's Stripe customers and notifications): with literal options after it
 * (`getFullName(member, { hideNickname: true })`), and with a copy of the record overriding a field
 * (`getFullName({ ...member, nickname: null })`, the full name without the nickname). Both still read the record:
 * options of literals do not name another value to look one up by (`getCellValue(tableId, recordId)` does), and a
 * literal spreading one value is that value with a field changed. A literal built of several values (`getEmail({
 * from, to, subject })`) builds something and is not read so.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

function isLiteralValue(node: ts.Expression): boolean {
  const value = unwrap(node);
  return typescript.isStringLiteralLike(value) || typescript.isNumericLiteral(value) || value.kind === typescript.SyntaxKind.TrueKeyword || value.kind === typescript.SyntaxKind.FalseKeyword || value.kind === typescript.SyntaxKind.NullKeyword || (typescript.isIdentifier(value) && value.text === 'undefined');
}

/** `{ hideNickname: true }`: an options object whose every value is a literal. */
export function isLiteralOptions(arg: ts.Expression): boolean {
  const node = unwrap(arg);
  return typescript.isObjectLiteralExpression(node) && node.properties.every((p) => typescript.isPropertyAssignment(p) && isLiteralValue(p.initializer));
}

/** The record an argument stands for: itself, or the one value spread first in a literal overriding fields with literals. */
export function recordSpreadIn(arg: ts.Expression): ts.Expression {
  const node = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(node)) return arg;
  const [first, ...rest] = node.properties;
  if (!first || !typescript.isSpreadAssignment(first)) return arg;
  return rest.every((p) => typescript.isPropertyAssignment(p) && isLiteralValue(p.initializer)) ? first.expression : arg;
}
