/**
 * What a class's own helper method builds, read where it is called: `const mail = this.creerContenuMailRendezVous(
 * conseiller, rendezVous)` whose body returns `{ to: [{ email: conseiller.email, name: … }], params }`, or
 * `const mail = this.resetPasswordMessage(user, token)` returning `new Mail().setTo(user.email)…`. Services keep the
 * message a method sends in a sibling method that only builds it; the local then holds what that method returns.
 * Only a method of the calling class (by `ctx.className`, declared in the same file) whose every `return` is an
 * object literal (or a `const` of the method holding one) or a model (`new X(…)`, a setter chain on one): a method
 * returning anything else (a look-up, a computed value) keeps its result unread. The returned expressions are read as written in the method (their names
 * say what they hold); the caller's arguments are not substituted for the method's parameters. A name the returned
 * object takes from one of the method's own `const`s (`const attendees = sail.manifest.map((s) => ({ email:
 * s.profile?.email })); const event = { summary, attendees }; return event;`, session 53) is read as that `const` holds
 * it, in the method's scope, not as whatever the caller calls so.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { localConstValues, localObjectLiterals } from '../scan/code/returned-local-object.js';
import { modelOf } from '../scan/code/builder-chains.js';
import { ownMethods } from './own-methods.js';

/** The objects `this.method(…)` returns, when the calling class's method only builds an object or a model, and the method's own `const`s by name. */
export function ownMethodResult(node: ts.CallExpression, sourceFile: ts.SourceFile, className: string | undefined): { values: ts.Expression[]; local: (name: string) => ts.Expression | undefined } | undefined {
  if (!className) return undefined;
  const callee = unwrap(node.expression);
  if (!typescript.isPropertyAccessExpression(callee) || callee.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  const method = ownMethods(sourceFile).get(className)?.get(callee.name.text);
  if (!method) return undefined;
  // `const event = { summary, attendees }; return event;`: the literal the method's own `const` holds (returned-local-object.ts).
  const localObject = method.body && typescript.isBlock(method.body) ? localObjectLiterals(method.body) : undefined;
  const returned = (method.body ? returnedValues(method.body) : []).map((r) => unwrap(r)).map((r) => (typescript.isIdentifier(r) ? (localObject?.(r.text) ?? r) : r));
  if (returned.length === 0 || !returned.every((r) => typescript.isObjectLiteralExpression(r) || modelOf(r) !== undefined)) return undefined;
  const body = method.body && typescript.isBlock(method.body) ? method.body : undefined;
  return { values: returned, local: body ? localConstValues(body) : () => undefined };
}
