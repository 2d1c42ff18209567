/**
 * A request's query or form filled key by key, read in the vendor's roles (session 41, seen in a Munich airport taxi's
 * Distance Matrix calls: `const url = new URL('https://maps.googleapis.com/maps/api/distancematrix/json');
 * url.searchParams.set('origins', origin); fetch(url.toString())`, and in Mailgun's and Twilio's REST APIs called with
 * `body: params` of a `new URLSearchParams()` filled by `params.set('To', phone)`). form-body.ts gives such a local its
 * keys; here the URL object stands for the request it is written into (`url`, `url.toString()`, `url.href`), and a body
 * naming the filled local is the form, so `origins` and `To` take their roles as an object literal's keys would.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { BODY_KEYS } from './serialised-body.js';
import { FORM_CLASSES } from '../scan/code/form-body.js';

/** A form body's classes (form-body.ts) and `URL`, whose `searchParams` are filled the same way. */
const FILLED_CLASSES: ReadonlySet<string> = new Set([...FORM_CLASSES, 'URL']);

/** `new URL(…)`, `new URLSearchParams()`, `new FormData()`: a platform object a request is filled into. */
export function isFilledForm(value: ts.Expression): value is ts.NewExpression {
  return typescript.isNewExpression(value) && typescript.isIdentifier(value.expression) && FILLED_CLASSES.has(value.expression.text);
}

/** `url` of `url.toString()` or `url.href`; none for anything else. */
export function urlObjectOf(node: ts.Expression): ts.Identifier | undefined {
  const target = typescript.isCallExpression(node) && node.arguments.length === 0 && typescript.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString' ? unwrap(node.expression.expression) : typescript.isPropertyAccessExpression(node) && node.name.text === 'href' ? unwrap(node.expression) : undefined;
  return target && typescript.isIdentifier(target) ? target : undefined;
}

/** The filled form a request's body names (`body: params` with `const params = new URLSearchParams()`); none otherwise. */
export function filledFormBody(key: string | undefined, value: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined): ts.Expression | undefined {
  if (key === undefined || !BODY_KEYS.has(key)) return undefined;
  const node = unwrap(value);
  const named = typescript.isIdentifier(node) ? node : urlObjectOf(node);
  const local = named && resolveLocal(named.text);
  return local && isFilledForm(unwrap(local)) ? local : undefined;
}
