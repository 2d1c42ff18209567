/**
 * Message builders: a model made with `new` and given its fields through setters rather than assignments,
 * `new Mail().setSubject(…).setTo(user.email).setData({ fullName })` (an app's own mail class, as in bigcapital),
 * `new EmailParams().setFrom(sender).setRecipients(recipients)` (MailerSend's SDK, in novu's provider), also set
 * later on the local (`mail.setAttachments([…])`). Each `setX(value)` gives the model its key `x` (`setTo` → `to`,
 * `setCC` → `cc`, `setReplyTo` → `replyTo`), as `email.to = …` does on a model filled after it is made
 * (filled-objects.ts); other calls in the chain (`.on(Event)`, `.filter(…)`) give it nothing. The model is still
 * the object it was made as, so a wrapper that sends a view of it (`sendMail(mail.mailOptions)`, a getter
 * rebuilding the message from its fields) sends the keys it was given (link.ts, `isModel`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { isModelConstruction } from './filled-objects.js';

/** The key a setter gives (`setTo` → `to`, `setCC` → `cc`, `setReplyTo` → `replyTo`), or undefined for another method. */
export function setterKey(method: string): string | undefined {
  const match = /^set([A-Z][A-Za-z0-9]*)$/.exec(method);
  if (!match) return undefined;
  const rest = match[1]!;
  return /^[A-Z0-9]+$/.test(rest) ? rest.toLowerCase() : rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** The `new X()` a chain of method calls starts from (`new Mail().setTo(a).setData(b)` → `new Mail()`), if it is a model. */
export function builderRoot(input: ts.Expression): ts.NewExpression | undefined {
  let node = unwrap(input);
  for (let depth = 0; depth < 32 && typescript.isCallExpression(node); depth++) {
    const callee = unwrap(node.expression);
    if (!typescript.isPropertyAccessExpression(callee)) return undefined;
    node = unwrap(callee.expression);
  }
  return isModelConstruction(node) && node !== unwrap(input) ? node : undefined;
}

/**
 * `new EmailEventListener('order-confirmation').on(Event).filter(…).setRecipient(fn)`: a method called at the end of a
 * chain of method calls on an object made in place, and that `new` expression (a fluent SDK's client or handler is
 * configured so, each call handing back the object), with the method's name node. Undefined for anything else in the chain.
 */
export function chainedOnNew(callee: ts.Expression): { made: ts.NewExpression; method: string; name: ts.MemberName } | undefined {
  const access = unwrap(callee);
  if (!typescript.isPropertyAccessExpression(access)) return undefined;
  let node = unwrap(access.expression);
  for (let depth = 0; depth < 32 && typescript.isCallExpression(node); depth++) {
    const inner = unwrap(node.expression);
    if (!typescript.isPropertyAccessExpression(inner)) return undefined;
    node = unwrap(inner.expression);
  }
  return typescript.isNewExpression(node) ? { made: node, method: access.name.text, name: access.name } : undefined;
}

/** `receiver.setTo(value)`: the key and value a setter call gives, when it has one argument. */
export function setterCall(call: ts.CallExpression): { receiver: ts.Expression; key: string; value: ts.Expression } | undefined {
  const callee = call.expression;
  if (!typescript.isPropertyAccessExpression(callee) || call.arguments.length !== 1) return undefined;
  const key = setterKey(callee.name.text);
  return key ? { receiver: callee.expression, key, value: call.arguments[0]! } : undefined;
}

/**
 * Records what a setter call gives a model (`new Mail().setTo(x)`, `mail.setTo(x)` on a local made so): `localValue`
 * reads a local's value, `record` keeps the key on the model's `new` expression (the walk's `assigned` map).
 */
export function recordSetter(call: ts.CallExpression, localValue: (name: string) => ts.Expression | undefined, record: (model: ts.NewExpression, key: string, value: ts.Expression) => void): void {
  const set = setterCall(call);
  if (!set) return;
  let receiver = unwrap(set.receiver);
  if (typescript.isIdentifier(receiver)) {
    const value = localValue(receiver.text);
    if (!value) return;
    receiver = unwrap(value);
  }
  const model = isModelConstruction(receiver) ? receiver : builderRoot(receiver);
  if (model) record(model, set.key, set.value);
}

/** The model a value is, made with `new` directly or through a chain of its setters. */
export function modelOf(value: ts.Expression): ts.NewExpression | undefined {
  const node = unwrap(value);
  return isModelConstruction(node) ? node : builderRoot(node);
}
