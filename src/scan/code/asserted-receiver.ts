/**
 * A member read through a type assertion: `(body as any)?.project_id`, `(<Options>opts).to`, `options!.to`.
 * Apps with loose types (a generic `body: T`, an `any` request) cast the receiver before reading one key; the
 * cast says nothing about which value is read, so the key is the parameter's key, as `body.project_id` is. Read
 * as the whole parameter instead, a wrapper that sends only `project_id` would hand its callers' whole object on
 * (seen in Worklenz, whose team-member invitation reads `(body as any)?.project_id` and sends it in the mail: every
 * caller's request, `emails: [req.body.email]` included, was reported as that mail's recipient).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** The name under the assertion a member is read from (`body` of `(body as any).x`), where the receiver is one. */
export function assertedReceiver(node: ts.PropertyAccessExpression): ts.Identifier | undefined {
  let inner: ts.Expression = node.expression;
  // `await` is no assertion: `(await load(id)).email` reads what the call makes.
  while (typescript.isParenthesizedExpression(inner) || typescript.isAsExpression(inner) || typescript.isNonNullExpression(inner) || typescript.isSatisfiesExpression(inner) || typescript.isTypeAssertionExpression(inner)) inner = inner.expression;
  return inner !== node.expression && typescript.isIdentifier(inner) ? inner : undefined;
}
