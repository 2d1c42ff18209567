/**
 * A function without parameters a wrapper declares for itself (session 13, seen in helper's Slack client:
 * `postSlackMessage(token, { ...options })` declaring `const postMessage = async () => client.chat.postMessage(options)`,
 * then `return await postMessage()`, called again after joining the channel; the same shape as a send retried by a
 * helper, `const send = () => transporter.sendMail({ to }); return withRetry(send)`). It takes nothing of its own: what
 * it sends is what its wrapper was given, read through the enclosing scope. Read as a function of its own it had no
 * parameter to hand on, so the wrapper's summary was empty and no caller's data reached the vendor; it is now part of
 * the function declaring it, as a callback written in place is. Only a `const`/`let` inside a function given an arrow
 * or function expression without parameters; one taking parameters, or declared at a module's top level, stays a
 * function of its own.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** Whether `fn`, declared by `declaration` inside another function, is a local thunk read as part of that function. */
export function isLocalThunk(fn: ts.SignatureDeclaration, declaration: ts.Node, isInFunction: boolean): boolean {
  if (!isInFunction || fn.parameters.length > 0) return false;
  // `async function main() { … transporter.sendMail({ to: email }) } main()` inside `exports.AdminOTP = (email) => …`
  // (session 24, a hospital's OTP mailers): a declared inner function without parameters is such a thunk too.
  if (typescript.isFunctionDeclaration(fn)) return fn.body !== undefined;
  if (!typescript.isArrowFunction(fn) && !typescript.isFunctionExpression(fn)) return false;
  return typescript.isVariableStatement(declaration) || typescript.isVariableDeclaration(declaration);
}
