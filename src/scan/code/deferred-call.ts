/**
 * A call written as data to be made later (session 15, seen in gancio's mail module: `new Task({ name: 'MAIL', method:
 * mail._send, args: [addresses, template, locals] })` handed to the app's task manager, whose worker runs
 * `this.method.apply(this, this.args)`). Apps that queue work in process write the same pair under many names (`{ fn,
 * args }`, `{ handler, params }`, `{ method, arguments }`), and timers take the function with its arguments after the
 * delay (`setTimeout(send, 0, user.email)`, `setImmediate(send, user.email)`). The queue between the two hides the
 * call from a reader of the code; the function is still called with those arguments, so it is read as that call: a
 * wrapper handing its parameter on this way reaches whatever the function sends. Only a function named by reference
 * (`mail._send`, `this.deliver`, `sendMail`) beside an array written in place, under keys that say so; a key holding
 * a call's result, or arguments kept elsewhere, is not read.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const FUNCTION_KEYS = new Set(['method', 'fn', 'func', 'function', 'handler', 'callback', 'action', 'task', 'run', 'execute', 'worker']);
const ARGUMENT_KEYS = new Set(['args', 'arguments', 'params', 'parameters', 'argv']);
/** Timers taking the function's arguments after it: the position of the first argument handed to it. */
const TIMERS = new Map([['setTimeout', 2], ['setInterval', 2], ['setImmediate', 1], ['nextTick', 1]]);

/** A function named by reference: `send`, `mail._send`, `this.deliver`. */
function isReference(node: ts.Expression): boolean {
  const value = unwrap(node);
  if (typescript.isIdentifier(value)) return true;
  return typescript.isPropertyAccessExpression(value) && (value.expression.kind === typescript.SyntaxKind.ThisKeyword || isReference(value.expression));
}

function keyOf(property: ts.ObjectLiteralElementLike): string | undefined {
  if (!typescript.isPropertyAssignment(property) && !typescript.isShorthandPropertyAssignment(property)) return undefined;
  return typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name) ? property.name.text : undefined;
}

/** `{ method: mail._send, args: [to, locals] }`: the function and the arguments it will be called with. */
function deferredInObject(object: ts.ObjectLiteralExpression): { callee: ts.Expression; args: ts.Expression[] } | undefined {
  let callee: ts.Expression | undefined;
  let args: ts.Expression[] | undefined;
  for (const property of object.properties) {
    const key = keyOf(property);
    if (key === undefined || !typescript.isPropertyAssignment(property)) continue;
    const value = unwrap(property.initializer);
    if (FUNCTION_KEYS.has(key) && isReference(value)) callee = property.initializer;
    else if (ARGUMENT_KEYS.has(key) && typescript.isArrayLiteralExpression(value)) args = value.elements.filter((e) => !typescript.isSpreadElement(e) && !typescript.isOmittedExpression(e));
  }
  return callee && args?.length ? { callee, args } : undefined;
}

/**
 * The calls a call or `new` defers, each as a call expression of its own over the written nodes (positioned at the
 * data that holds it), for the link stage to read like any call of that function.
 */
const NONE: readonly ts.CallExpression[] = Object.freeze([]);

export function deferredCalls(node: ts.CallExpression | ts.NewExpression): readonly ts.CallExpression[] {
  const found: { callee: ts.Expression; args: ts.Expression[]; at: ts.Node }[] = [];
  const callee = unwrap(node.expression);
  const timer = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const from = timer !== undefined && typescript.isCallExpression(node) ? TIMERS.get(timer) : undefined;
  const args = node.arguments ?? [];
  if (from !== undefined && args.length > from && isReference(args[0]!)) found.push({ callee: args[0]!, args: args.slice(from), at: node });
  for (const arg of args) {
    const object = unwrap(arg);
    const deferred = typescript.isObjectLiteralExpression(object) ? deferredInObject(object) : undefined;
    if (deferred) found.push({ ...deferred, at: object });
  }
  // Asked for every call and `new` of every file: most defer nothing.
  if (found.length === 0) return NONE;
  return found.map(({ callee: fn, args: list, at }) => {
    const call = typescript.factory.createCallExpression(fn, undefined, list);
    typescript.setTextRange(call, { pos: fn.pos, end: at.end });
    (call as { parent: ts.Node }).parent = at;
    return call;
  });
}
