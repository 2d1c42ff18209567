/**
 * Calls privmap cannot follow that a function hands its parameters to (`NewsletterService.getProvider().register(email)`,
 * `this.temporal.client.workflow.signalWithStart('sendEmail', { signalArgs: [{ to }] })`): kept as call facts with no
 * target, so the link stage knows the function's body ends somewhere unknown, and a caller named for a recipient
 * (`newsletterService.register(user.email)`) reaches that recipient (src/flows/named-recipient.ts). Calls that read
 * or check a value (`isValid(to)`, `findUser(email)`) or store it (`repository.save`) are not kept.
 */
import type ts from 'typescript';
import { keptInOwnDatabase, mayHandOn } from '../../flows/named-recipient.js';
import { calleePath } from './flow-bindings.js';
import { paramsIn, type ParamNames } from './flow-facts.js';
import { typescript } from './typescript-api.js';

/** The language's own objects (`Object.keys(options)`, `JSON.stringify(message)`): they hand nothing to anyone. */
const BUILT_INS = new Set(['Object', 'Array', 'JSON', 'Math', 'Promise', 'String', 'Number', 'Boolean', 'Date', 'Reflect', 'Symbol', 'Buffer', 'Intl', 'RegExp', 'Map', 'Set', 'URL', 'URLSearchParams', 'console', 'process', 'crypto', 'path', 'fs', 'util', 'assert']);

/** The callee as written (`NewsletterService.getProvider.register`) when the call may hand one of the function's parameters on, as it came. */
export function opaqueCallee(call: ts.CallExpression, params: () => ParamNames | undefined, ownName?: string): string | undefined {
  if (call.arguments.length === 0 || !typescript.isPropertyAccessExpression(call.expression)) return undefined;
  const callee = calleePath(call.expression);
  if (!callee) return undefined;
  const text = [callee.root, ...callee.path].join('.');
  if (!mayHandOn(text)) return undefined;
  // `this.prisma.sendRecord.create(…)` in `recordSend`: a row of the app's own database keeps the data.
  if (keptInOwnDatabase(text, ownName)) return undefined;
  const names = params();
  if (!names || names.size === 0) return undefined;
  // `email.substring(…)`, `options.to.split(',')`: a method of the data itself, not a call that hands it on.
  if (names.has(callee.root) || BUILT_INS.has(callee.root)) return undefined;
  // A method of the parameter itself (`email.split('@')`) reads it; only an argument hands it on.
  return call.arguments.some((arg) => paramsIn(arg, names).length > 0) ? text : undefined;
}
