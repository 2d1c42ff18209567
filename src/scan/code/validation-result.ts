/**
 * A validation that hands back what it was given inside a result object: `const result = validateJobData(job.data);
 * if (!result.ok) return; const { recipientEmail } = result.data` (egapro's worker), the `{ ok: true, data }` /
 * `{ success: true, data }` result convention (formbricks' `Result<T>`, zod's `safeParse`). The result's `data` is the
 * value validated, so a handler reading its job through its own validator still reads the job. Only a call of one
 * value to a function named for validating or parsing it (`validate…`, `parse…`, `check…` followed by a capital:
 * `validateJobData`, `parsePayload`); what a look-up or any other call returns is not its argument.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const VALIDATOR = /^(?:validate|parse|check|safeParse|safeValidate)[A-Z]/;

/** For `validateJobData(job.data)`: the value validated (`job.data`); undefined for any other expression. */
export function validatedValue(node: ts.Expression): ts.Expression | undefined {
  let call = unwrap(node);
  if (typescript.isAwaitExpression(call)) call = unwrap(call.expression);
  if (!typescript.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const callee = unwrap(call.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && VALIDATOR.test(name) ? call.arguments[0] : undefined;
}
