/**
 * A local named for personal data and written as a literal (session 14, seen in service-national-universel's jobs:
 * `const emailTo = [{ name: `${ref.firstName} ${ref.lastName}`, email: ref.email }]`, then `sendTemplate(id, {
 * emailTo })`; any app's `const recipient = { name: user.name, email: user.email }` kept before the send). The name
 * says one thing (`emailTo`: an email address), the literal says exactly what is in it (the person's name too), so
 * both count. Only an object or array literal: a call's result or another name keeps being read by the local's own
 * name where that name says something, as before.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** The object or array literal a local was written as, where it is one. */
export function writtenLiteral(initializer: ts.Expression | undefined): ts.Expression | undefined {
  if (!initializer) return undefined;
  const node = unwrap(initializer);
  return typescript.isObjectLiteralExpression(node) || typescript.isArrayLiteralExpression(node) ? node : undefined;
}
