/**
 * A service taken out of a request's context and named for a delivery (session 15, seen in TIHLDE's Photon, a Hono
 * API: `const { email } = c.get('ctx'); await email.sendEmailTemplate({ to: user.email }, …)`, `const ctx =
 * c.get('ctx'); ctx.email.sendEmailTemplate(…)`; the shape of Express's `res.locals.mailer`, Koa's `ctx.state.services`,
 * any container of dependencies read where a handler starts). The context is filled at start-up and typed, if at all,
 * by the framework's generics, so nothing in the file says which class the member is; its name does, as for a service
 * reached through a parameter's member (parameter-service.ts): the call is kept with no target and read by the link
 * stage as any call privmap cannot follow (named-recipient.ts). Only a local taken from another value by key
 * (`c.get('ctx')`, `c.var.ctx`, `res.locals`, destructured or not): a local made any other way (`new Mailer()`, an
 * import's call) is followed as before, and a method of the local itself (`ctx.sendEmail`) is not a member service.
 */
import type ts from 'typescript';
import { recipientByName } from '../../flows/named-recipient.js';
import { calleePath } from './flow-bindings.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** Whether a local's value is read from another value by key: `c.get('ctx')`, `c.var.ctx`, `res.locals`, `await c.get('ctx')`. */
function isTakenFromContext(init: ts.Expression | undefined): boolean {
  if (!init) return false;
  let node = unwrap(init);
  if (typescript.isAwaitExpression(node)) node = unwrap(node.expression);
  if (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    const key = node.arguments[0] && unwrap(node.arguments[0]);
    return node.arguments.length === 1 && key !== undefined && typescript.isStringLiteralLike(key) && typescript.isPropertyAccessExpression(callee) && callee.name.text === 'get' && typescript.isIdentifier(unwrap(callee.expression));
  }
  if (!typescript.isPropertyAccessExpression(node)) return false;
  let root: ts.Expression = node;
  while (typescript.isPropertyAccessExpression(root)) root = unwrap(root.expression);
  return typescript.isIdentifier(root);
}

/**
 * The callee as written (`email.sendEmailTemplate`, `ctx.email.sendEmailTemplate`) where it is a delivery-named member
 * of a value taken from a context: a destructured local is the member itself (one step suffices), a whole local needs
 * its member (`ctx.email.send`).
 */
export function contextServiceCallee(call: ts.CallExpression, local: (name: string) => ts.Expression | undefined, destructured: (name: string) => ts.Expression | undefined): string | undefined {
  if (call.arguments.length === 0 || !typescript.isPropertyAccessExpression(call.expression)) return undefined;
  const callee = calleePath(call.expression);
  if (!callee || callee.path.includes('()') || callee.root === 'this') return undefined;
  const from = destructured(callee.root);
  const isMember = from !== undefined ? isTakenFromContext(from) || isContextValue(from, local) : false;
  const isWhole = !isMember && callee.path.length >= 2 && isTakenFromContext(local(callee.root));
  if (!isMember && !isWhole) return undefined;
  const text = [callee.root, ...callee.path].join('.');
  return recipientByName(text) ? text : undefined;
}

/** `const ctx = c.get('ctx'); const { email } = ctx`: destructured from a local that was itself taken from a context. */
function isContextValue(from: ts.Expression, local: (name: string) => ts.Expression | undefined): boolean {
  const node = unwrap(from);
  return typescript.isIdentifier(node) && isTakenFromContext(local(node.text));
}
