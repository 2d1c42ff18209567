/**
 * A model's static factory (`Recipient.create({ email, firstName })`, `SendMailCommand.create({ to })`,
 * `Contact.from({ phone })`): the app's own class made from an object literal, as `new Recipient({ ... })` is.
 * The model holds what the literal's keys hold, so a mail's `recipients: [Recipient.create({ email: user.email })]`
 * hands over the person's address and name. Platform classes (`Object.create`, `Array.from`, `Buffer.from`) and
 * factories called with anything but an object literal (`Date.from(x)`, `Schema.create(schema)`) are not models.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

const FACTORY_METHODS = new Set(['create', 'from', 'build', 'make', 'of', 'fromObject', 'fromJSON', 'fromJson', 'fromPlain', 'patch']);

const PLATFORM_CLASSES = new Set(['Object', 'Array', 'Buffer', 'Promise', 'Date', 'Map', 'Set', 'WeakMap', 'WeakSet', 'JSON', 'Math', 'String', 'Number', 'Boolean', 'Symbol', 'Reflect', 'Intl', 'Temporal', 'Response', 'Request', 'Headers', 'Blob', 'File', 'URL', 'URLSearchParams', 'Uint8Array', 'Error', 'Proxy', 'Iterator', 'ReadableStream', 'Observable', 'Subject', 'React']);

/** The object literal a model is made from, when `call` is such a factory. */
export function modelFactoryLiteral(call: ts.CallExpression): ts.ObjectLiteralExpression | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || !typescript.isIdentifier(callee.expression)) return undefined;
  const model = callee.expression.text;
  // A class name (`Recipient`, `GetLayoutCommand`), not a constant (`API`) nor a platform class.
  if (!/^[A-Z][a-z0-9]/.test(model) || PLATFORM_CLASSES.has(model) || !FACTORY_METHODS.has(callee.name.text)) return undefined;
  if (call.arguments.length !== 1) return undefined;
  const arg = unwrap(call.arguments[0]!);
  return typescript.isObjectLiteralExpression(arg) ? arg : undefined;
}
