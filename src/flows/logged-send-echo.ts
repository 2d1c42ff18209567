/**
 * A send's echo logged whole (issue 12, log flows; session 24's training misses). A messaging client answers a send
 * with the message it sent (`client.messages.create({ to, body })` resolves to a message holding `to` and `body`;
 * a mailer's `info` holds the envelope), and apps log that answer as it came:
 * `.then((message) => console.log(message))`. The answer's own name says nothing, so it is read as what the send
 * was given: the personal data in the send's argument. Only a callback of `.then` on a call named for sending or
 * creating (`create`, `send`, `sendMail`, `sendSms`), and only the callback's first parameter logged whole.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { add, inExpression, textOf, type Carried, type DataContext } from './personal-data.js';

/** A call named for handing something over: its answer echoes what it was given. */
const SENDING_CALL = /^(?:create|send[A-Z]\w*|send)$/;

/** The `.then(callback)` call handing `callback` its answer, found in the function around it (the parse keeps no parents). */
function thenCallOf(callback: ts.SignatureDeclaration, outer: ts.Node | undefined): ts.CallExpression | undefined {
  let found: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (typescript.isCallExpression(node) && node.arguments[0] === callback && typescript.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'then') {
      found = node;
      return;
    }
    typescript.forEachChild(node, visit);
  };
  if (outer) visit(outer);
  return found;
}

/** The send call whose answer `value` is, when `value` is the first parameter of a `.then` callback on that call. */
function echoedSend(value: ts.Identifier, functions: readonly ts.SignatureDeclaration[], file: ts.SourceFile | undefined): ts.CallExpression | undefined {
  const index = functions.findIndex((fn) => fn.parameters[0] && typescript.isIdentifier(fn.parameters[0].name) && fn.parameters[0].name.text === value.text);
  const callback = functions[index];
  if (!callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return undefined;
  const then = thenCallOf(callback, functions[index + 1] ?? file);
  if (!then) return undefined;
  const send = unwrap((then.expression as ts.PropertyAccessExpression).expression);
  if (!typescript.isCallExpression(send)) return undefined;
  const callee = unwrap(send.expression);
  const name = typescript.isPropertyAccessExpression(callee) ? callee.name.text : typescript.isIdentifier(callee) ? callee.text : '';
  return SENDING_CALL.test(name) ? send : undefined;
}

/** Adds what a send was given where its answer is logged whole. `functions` are the functions around the logging call, innermost first. */
export function loggedSendEcho(values: readonly ts.Expression[], functions: readonly ts.SignatureDeclaration[], ctx: DataContext, out: Carried): void {
  for (const value of values) {
    if (!typescript.isIdentifier(value)) continue;
    const send = echoedSend(value, functions, ctx.sourceFile);
    if (!send) continue;
    const given: Carried = { categories: new Set(), expressions: new Set() };
    for (const arg of send.arguments) inExpression(arg, ctx, given);
    if (given.categories.size) add(out, [...given.categories].sort(), textOf(value, ctx));
  }
}
