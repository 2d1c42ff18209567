/**
 * A member of a required module kept in a local (session 15, seen in vao's controllers: `const Send =
 * require("../../../services/mail").mailService.send`, then `await Send(MailUtils.….sendForgottenPassword({ email,
 * token }))`; the same as `const send = require('./mailer').default.send`). The local is that export's member, so a
 * call of it reaches the member's function as `mailService.send(…)` would after `const { mailService } = require(…)`.
 * It used to be an ordinary local whose call went nowhere. Only a chain of plain member names on `require('x')` or
 * `(await import('x'))`; a call in the chain (`require('x').init()`) makes a client, read elsewhere.
 */
import type ts from 'typescript';
import { isRequire } from './flow-literals.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** `require('x').a.b` as the module, its export `a` and the path below it (`['b']`); else undefined. */
export function requiredMember(init: ts.Expression): { from: string; name: string; path: string[] } | undefined {
  const names: string[] = [];
  let node = unwrap(init);
  while (typescript.isPropertyAccessExpression(node)) {
    names.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  if (names.length === 0) return undefined;
  const from = isRequire(node);
  return from === undefined ? undefined : { from, name: names[0]!, path: names.slice(1) };
}
