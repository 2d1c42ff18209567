/**
 * A factory that returns a function: `export function makeJobHandler(deps) { const { transporter } = deps; return
 * async (job) => { … transporter.sendMail({ to: job.data.recipientEmail }) } }`, then `const handler =
 * makeJobHandler(deps); await handler(job)` (egapro's pg-boss worker; the same shape as middleware and handler
 * factories: `withPostHog(handler)` returning `async (req) => …`). The returned function is read as a function of
 * its own, the factory's member `()` (`makeJobHandler/()`), with its own parameters: a call of what the factory
 * returned hands its arguments to that function, not to the factory's parameters. Its body no longer counts as
 * the factory's, which it never was: the factory only makes it.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The member name the returned function is kept under in its factory's `returns`. */
export const RETURNED_FUNCTION = '()';

/** The function a `return` statement hands out, written in place (`return async (job) => …`). */
export function returnedFunction(node: ts.ReturnStatement): ts.ArrowFunction | ts.FunctionExpression | undefined {
  const value = node.expression && unwrap(node.expression);
  return value && (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) ? value : undefined;
}
