/**
 * Objects filled key by key after they are made. Besides `const properties = {}; properties.firstName = …`, SDKs
 * generated from an OpenAPI description (Brevo's `@getbrevo/brevo` and `sib-api-v3-sdk`, Mailchimp's and Mailjet's
 * older clients, most `openapi-generator` clients) have a model class per request body, and their documented use
 * is to make one empty and set its fields: `const email = new SendSmtpEmail(); email.to = [{ email, name }];
 * api.sendTransacEmail(email)`. Such an object carries the keys it was given, like an object literal.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/**
 * Classes of the language and the platform whose instances are not message bodies: a key set on them
 * (`url.search = …`, `date.x`) is not a field of a request.
 */
const PLATFORM_CLASSES = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'URL', 'URLSearchParams', 'FormData', 'Headers', 'Error', 'Array', 'Object', 'Promise', 'RegExp', 'AbortController', 'Image', 'Audio', 'XMLHttpRequest', 'WebSocket', 'EventEmitter']);

/** `new SendSmtpEmail()`, `new Brevo.CreateContact()`: a model made to be filled (the last name of the class capitalised, not a platform class). */
export function isModelConstruction(value: ts.Expression): value is ts.NewExpression {
  if (!typescript.isNewExpression(value)) return false;
  // `new (Brevo('SendSmtpEmail'))()`: a class handed out by its name (a package's accessor), filled key by key after.
  const handedOut = unwrap(value.expression);
  if (typescript.isCallExpression(handedOut)) {
    const named = handedOut.arguments[0] && unwrap(handedOut.arguments[0]);
    return named !== undefined && typescript.isStringLiteralLike(named) && /^[A-Z]/.test(named.text) && !PLATFORM_CLASSES.has(named.text);
  }
  const callee = value.expression;
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && /^[A-Z]/.test(name) && !PLATFORM_CLASSES.has(name);
}

/** A local's value whose keys may be given after it is made: an object literal or a model made to be filled. */
export function isFilledLater(value: ts.Expression): value is ts.ObjectLiteralExpression | ts.NewExpression {
  return typescript.isObjectLiteralExpression(value) || isModelConstruction(value);
}

/** `new Set()`, `new Set<string>()`: a set a function fills with `add` (a list of recipients without duplicates). */
export function isNewSet(value: ts.Expression): value is ts.NewExpression {
  return typescript.isNewExpression(value) && typescript.isIdentifier(value.expression) && value.expression.text === 'Set';
}
