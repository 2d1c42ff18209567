/**
 * A request body filled field by field (session 12, seen in saleor's Klaviyo client: `const formParams = new
 * URLSearchParams(); formParams.append('data', JSON.stringify({ customer_properties: { $email: recipient } }));
 * fetch('https://a.klaviyo.com/api/track', { body: formParams })`; the usual way to call a form-encoded API by hand:
 * Mailgun's `form.append('to', email)`, Twilio's REST `params.set('To', phone)`). `FormData` and `URLSearchParams` are
 * platform classes, never models (filled-objects.ts), so what was appended to them was lost; each `append(key, value)`
 * or `set(key, value)` on a local made by `new FormData()` / `new URLSearchParams()` gives it that key, as
 * `body.email = …` gives a model its key, and the body sent carries what it was given.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The platform classes a request's form body is made of, filled by `append` / `set`. */
export const FORM_CLASSES: ReadonlySet<string> = new Set(['FormData', 'URLSearchParams']);
const FIELD_METHODS = new Set(['append', 'set']);
const READ_METHODS = new Set(['get', 'getAll']);

/** `form.append('to', email)` on a local made by `new FormData()`: the form, the key and the value given. */
export function formField(call: ts.CallExpression, localValue: (name: string) => ts.Expression | undefined): { form: ts.NewExpression; key: string; value: ts.Expression } | undefined {
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee) || !FIELD_METHODS.has(callee.name.text) || call.arguments.length < 2) return undefined;
  const key = unwrap(call.arguments[0]!);
  // `url.searchParams.append('email', data.email)` on a local made by `new URL(env.FORM_URL)`: the query the request
  // carries (seen in onlook's landing form relayed to an n8n webhook by GET), filled as a form is.
  const query = typescript.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'searchParams' ? unwrap(callee.expression.expression) : undefined;
  const holder = query ?? callee.expression;
  if (!typescript.isStringLiteralLike(key) || !typescript.isIdentifier(holder)) return undefined;
  const made = localValue(holder.text);
  const form = made && unwrap(made);
  if (!form || !typescript.isNewExpression(form) || !typescript.isIdentifier(form.expression) || !(query ? form.expression.text === 'URL' : FORM_CLASSES.has(form.expression.text))) return undefined;
  return { form, key: key.text, value: call.arguments[1]! };
}

/**
 * `form.get('to')`, `params.getAll('cc')`: the key of one field read off a form (session 45, a German trades SaaS's
 * `sendBrevo(formData: FormData)` reading `formData.get('to')`, `formData.get('htmlContent')`, filled by its callers with
 * `fd.set('to', …)`); whatever the receiver is, the caller's reading decides whether it names a parameter.
 */
export function formFieldRead(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee) || !READ_METHODS.has(callee.name.text) || call.arguments.length !== 1) return undefined;
  const key = unwrap(call.arguments[0]!);
  return typescript.isStringLiteralLike(key) ? key.text : undefined;
}
