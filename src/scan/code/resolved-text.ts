/**
 * A promise callback's parameter standing for the message text the promise resolves to:
 * `self.promise_rendered_email_template({ template_name, context: { user } }).then(function (email_obj) { return
 * send_mail({ to: user.email, html: email_obj.body }) })`. Code written before `async`/`await` chains the mail's
 * sending on the rendering with `.then`, so the callback's first parameter is the rendered text as `const email_obj =
 * await render…(…)` would be, and its members are the texts the call made (text-result-member.ts). Only where the
 * promise is a call the flow reader takes for message text, or a `.then` whose callback returns one, (`isTextCall`: a `render…`, a template fill, a
 * `…Template(data)`); a look-up's result (`User.findOne(…).then((user) => …)`) is left as it was.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { isTextCall } from '../../flows/personal-data.js';
import { returnedValues } from './returns.js';

/** The callback of `textCall(…).then(cb)` and the name of its first parameter, bound to the text call; else undefined. */
export function resolvedTextParameter(call: ts.CallExpression): { callback: ts.SignatureDeclaration; name: string; value: ts.CallExpression } | undefined {
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'then' || call.arguments.length === 0) return undefined;
  const callback = unwrap(call.arguments[0]!);
  if (!typescript.isArrowFunction(callback) && !typescript.isFunctionExpression(callback)) return undefined;
  const first = callback.parameters[0]?.name;
  const value = textPromise(callee.expression);
  if (!first || !typescript.isIdentifier(first) || !value) return undefined;
  return { callback, name: first.text, value };
}

/** The text call a promise resolves to: the call itself, or the one an earlier `.then` callback returns (`a.then(() => render(…))`). */
function textPromise(input: ts.Expression, depth = 0): ts.CallExpression | undefined {
  const receiver = unwrap(input);
  if (!typescript.isCallExpression(receiver)) return undefined;
  if (isTextCall(receiver)) return receiver;
  const callee = receiver.expression;
  const callback = receiver.arguments[0] && unwrap(receiver.arguments[0]);
  if (depth > 0 || !typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'then' || !callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return undefined;
  const body = callback.body;
  const returned = typescript.isBlock(body) ? returnedValues(body) : [body];
  const texts = returned.map((r) => textPromise(r, depth + 1));
  return texts.length === 1 ? texts[0] : undefined;
}
