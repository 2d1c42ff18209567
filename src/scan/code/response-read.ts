/**
 * A vendor's answer read by a method (session 14, seen in service-national-universel's Brevo module: `const api =
 * async (path, options) => { const res = await fetch(`https://api.sendinblue.com/v3${path}`, options); return await
 * res.json() }`, then `sendTemplate(id, { emailTo })` posting through `api(…)`; the shape of every hand-written REST
 * client). `res.json()`, `res.text()`, `response.then(…)` of a sink call's result is still that call's answer, not a
 * client the function hands out: read as a factory, every helper returning `api(…)` became a client of the vendor,
 * and no caller's data reached it. The object the method is called on decides, whatever the method is.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The value a method is called on (`res` of `res.json()`), where the call is one; else undefined. */
export function answerReadFrom(node: ts.Expression): ts.Expression | undefined {
  if (!typescript.isCallExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  return typescript.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : undefined;
}
