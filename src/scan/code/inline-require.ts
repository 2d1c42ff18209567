/**
 * A project module required and called in place, never kept in a local (session 17, seen in a youth club's Express
 * API: `module.exports = { sendMail: (receiver, data) => require('./email/sendMail.js')(receiver, data, transporter) }`,
 * the required module being `module.exports = (receiver, data, transporter) => { data.to = receiver;
 * transporter.sendMail(data) }`; the same as `require('./routes/users')(app, db)` wiring a router, or
 * `require('../mailer').send(to, body)`). CommonJS code loads a helper where it is used, to keep it off the start-up
 * path or out of habit; the call is the module's value called, as `const send = require('./x'); send(…)` is, but the
 * walk found no name to follow and the call reached nothing. The call is kept under the module's required text as a
 * local name, linked as the required module (`*`) is, with the members called on it after. Only a relative or
 * workspace path the link stage follows (a package's `require('stripe')(key)` makes a client: loaded-module.ts).
 */
import type ts from 'typescript';
import { isRequire } from './flow-literals.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** `require('./x')(…)` or `require('./x').a.b(…)`: the module required and the members called on it; else undefined. */
export function inlineRequire(callee: ts.Expression): { from: string; path: string[] } | undefined {
  const path: string[] = [];
  let node = unwrap(callee);
  while (typescript.isPropertyAccessExpression(node)) {
    path.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  const from = isRequire(node);
  return from === undefined ? undefined : { from, path };
}

/** The name the call's module is linked under: no identifier can be spelled so, so it never meets a local of the file. */
export const inlineRequireLocal = (from: string): string => `require(${from})`;
