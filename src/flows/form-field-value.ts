/**
 * A field read off a submitted form (`formData.get('email')`, `searchParams.get('phone')`), as a Next.js server action
 * or a route reads its form: the key names what the visitor typed, as a member names what a record holds
 * (session 46, a Dutch bedtime-story shop's contact action: `const name = String(formData.get('name') ?? '').trim()`
 * written into the mail it sends). A bare `name` there is the visitor's name only beside their address in the same
 * message, as a record's bare `name` is (name-beside-recipient.ts).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { formFieldRead } from '../scan/code/form-body.js';

/** Receivers named for a form or a query: `formData`, `form`, `fd`, `searchParams`, `params`, `body` of `await req.formData()`. */
const FORM_RECEIVER = /(?:^fd$|form|params$|query$)/i;

/** The key a call reads off a form (`formData.get('email')`, `(await request.formData()).get('name')`), or undefined. */
export function formValueKey(call: ts.CallExpression): string | undefined {
  const key = formFieldRead(call);
  if (key === undefined) return undefined;
  const receiver = unwrap((call.expression as ts.PropertyAccessExpression).expression);
  if (typescript.isIdentifier(receiver)) return FORM_RECEIVER.test(receiver.text) ? key : undefined;
  if (typescript.isPropertyAccessExpression(receiver)) return FORM_RECEIVER.test(receiver.name.text) ? key : undefined;
  // `(await request.formData()).get('email')`.
  const awaited = typescript.isAwaitExpression(receiver) ? unwrap(receiver.expression) : receiver;
  return typescript.isCallExpression(awaited) && typescript.isPropertyAccessExpression(awaited.expression) && awaited.expression.name.text === 'formData' ? key : undefined;
}
