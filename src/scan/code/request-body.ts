/**
 * A request's body handed whole to a wrapper (session 16, seen in an Express booking API in JavaScript: `const data =
 * req.body; … await sendEmails(data)`, where the helper mails `to: data.patient_email` and writes
 * `${data.patient_first_name}` into the text). What a person submits enters the app in the handler that reads the
 * request, so the wrapper's members of it (`data.patient_email`) leave at that call, as those of a record the caller
 * loads itself do (loaded-record.ts): the caller decides whose data it is. Read off syntax: `req.body`,
 * `request.body`, `ctx.request.body`, or a web request's parsed body (`await request.json()`, `await req.formData()`),
 * through `await` and type assertions; a body the caller reshapes first (`{ ...req.body, id }`) is read key by key
 * elsewhere, and a body handed to a wrapper's parameter named for nothing personal still needs the wrapper to read a
 * member named for the data (record-member.ts).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The names an HTTP handler's request is given. */
const REQUEST_NAMES = new Set(['req', 'request']);

/** Methods of a web request that read its body. */
const BODY_READERS = new Set(['json', 'formData']);

function isRequest(node: ts.Expression): boolean {
  const value = unwrap(node);
  if (typescript.isIdentifier(value)) return REQUEST_NAMES.has(value.text);
  // `ctx.request` (Koa), `context.req`.
  return typescript.isPropertyAccessExpression(value) && REQUEST_NAMES.has(value.name.text) && typescript.isIdentifier(unwrap(value.expression));
}

/** Whether `value` (a local's initializer or an argument) is the body of the request a handler was given. */
export function isRequestBody(value: ts.Expression | undefined): boolean {
  let node = value && unwrap(value);
  for (let i = 0; node && i < 4 && (typescript.isAwaitExpression(node) || typescript.isNonNullExpression(node) || typescript.isParenthesizedExpression(node) || typescript.isAsExpression(node)); i++) node = unwrap(node.expression);
  if (!node) return false;
  if (typescript.isPropertyAccessExpression(node)) return node.name.text === 'body' && isRequest(node.expression);
  // `JSON.parse(event.body)`: a Lambda-style handler's (Netlify Functions, AWS Lambda) body arrives as text.
  if (isJsonParse(node)) {
    const text = unwrap(node.arguments[0]!);
    return typescript.isPropertyAccessExpression(text) && text.name.text === 'body' && (isRequest(text.expression) || (typescript.isIdentifier(unwrap(text.expression)) && (unwrap(text.expression) as ts.Identifier).text === 'event'));
  }
  if (!typescript.isCallExpression(node) || node.arguments.length > 0) return false;
  const callee = unwrap(node.expression);
  return typescript.isPropertyAccessExpression(callee) && BODY_READERS.has(callee.name.text) && isRequest(callee.expression);
}

function isJsonParse(node: ts.Expression): node is ts.CallExpression {
  if (!typescript.isCallExpression(node) || node.arguments.length !== 1) return false;
  const callee = unwrap(node.expression);
  return typescript.isPropertyAccessExpression(callee) && callee.name.text === 'parse' && typescript.isIdentifier(callee.expression) && callee.expression.text === 'JSON';
}
