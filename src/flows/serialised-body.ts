/**
 * A request body written out whole (`fetch(url, { method: 'POST', body: JSON.stringify({ number: message.to, text }) })`,
 * seen in a WhatsApp gateway's client): the keys of the object serialised under the options' `body` (or `json`, as
 * got and ky take it) are the keys the vendor reads, so the catalogue's roles for them (`number: phone` for the
 * Evolution API) hold there as they would on an object handed as it is. Before, the roles stopped at `body`, and
 * `number: message.to` was read by its names only (`to`: an email address). Only those two keys: `data` or `payload`
 * hold a job's or a template's data as often as a request's body.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** The keys of an HTTP call's options that hold the request's body. */
export const BODY_KEYS: ReadonlySet<string> = new Set(['body', 'json']);

/**
 * The value `JSON.stringify(value)` writes out, under a body key, or the object a form-encoded body is made of
 * (`body: new URLSearchParams({ from, to, subject, text })`, how Mailgun's and Twilio's REST APIs take a message); none
 * for anything else.
 */
export function serialisedBody(key: string | undefined, value: ts.Expression): ts.Expression | undefined {
  return key !== undefined && BODY_KEYS.has(key) ? (stringifiedValue(value) ?? formEncodedObject(value)) : undefined;
}

/** `{ … }` of `new URLSearchParams({ … })`; none for any other expression. */
function formEncodedObject(value: ts.Expression): ts.Expression | undefined {
  const node = unwrap(value);
  if (!typescript.isNewExpression(node) || !typescript.isIdentifier(node.expression) || node.expression.text !== 'URLSearchParams') return undefined;
  const fields = node.arguments?.[0];
  return fields && typescript.isObjectLiteralExpression(unwrap(fields)) ? fields : undefined;
}

/** `value` of `JSON.stringify(value, …)`; none for any other expression. */
export function stringifiedValue(value: ts.Expression): ts.Expression | undefined {
  const node = unwrap(value);
  if (!typescript.isCallExpression(node) || node.arguments.length === 0) return undefined;
  const callee = unwrap(node.expression);
  const isStringify = typescript.isPropertyAccessExpression(callee) && callee.name.text === 'stringify' && typescript.isIdentifier(callee.expression) && callee.expression.text === 'JSON';
  return isStringify ? node.arguments[0] : undefined;
}
