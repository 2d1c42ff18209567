/**
 * A local holding what a method of a linked value returns (session 12, seen in api-conseiller-numerique: `const emails =
 * createEmails(db, mailer); const message = emails.getEmailMessageByTemplateName('welcome'); await message.send(user)`;
 * the same as `const client = clients.forTenant(id); client.send(…)`). The local is that call's result, as a path
 * (`createEmails` [`()`, `getEmailMessageByTemplateName`, `()`]), so a method called on it is linked as the chain
 * `createEmails(…).getEmailMessageByTemplateName(…).send(…)` would be (factory-chains.ts); it used to be no link root
 * at all, and the call reached nothing.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

type Path = { root: string; path: string[] };

/**
 * `emails.getMessage(…)` (also `await`ed) where `emails` is a link root (a local holding what a project function
 * makes): the path of its result. Only property reads between the root and the call. A method of an imported value
 * (`logger.child(…)`) is not read so: the link stage follows no client's methods, and a child logger is read by name.
 */
export function methodResultPath(init: ts.Expression, rootOf: (name: string) => Path | undefined): Path | undefined {
  const call = unwrap(init);
  if (!typescript.isCallExpression(call)) return undefined;
  const members: string[] = [];
  let node = unwrap(call.expression);
  while (typescript.isPropertyAccessExpression(node)) {
    members.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  // `this.stripeService.getClient()`: a member of the object itself, looked up as `this.stripeService` (an injected service).
  if (node.kind === typescript.SyntaxKind.ThisKeyword && members.length >= 2) {
    const own = rootOf(`this.${members[0]}`);
    return own ? { root: own.root, path: [...own.path, ...members.slice(1), '()'] } : undefined;
  }
  if (members.length === 0 || !typescript.isIdentifier(node)) return undefined;
  const root = rootOf(node.text);
  return root ? { root: root.root, path: [...root.path, ...members, '()'] } : undefined;
}
