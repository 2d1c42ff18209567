/**
 * A CommonJS module whose value is an instance made where it is exported (session 16, seen in an Express API in
 * JavaScript: `class EmailService { async enviarConfirmacionReserva(email, reservaData) { … this.transporter.sendMail({
 * to: email, … }) } } module.exports = new EmailService()`, required as `const emailService =
 * require('../services/emailService')` and called as `emailService.enviarConfirmacionReserva(…)`; the same shape
 * exports a public-sector forms service's CHES client and wiki.js's modules). It is the module's value exactly as
 * `export default new EmailService()` is, so the instance's methods are the module's members; it used to name no local
 * and be left out (commonjs-exports.ts), so a caller's data stopped at the require and only a receiver named for a
 * recipient (`emailService`) was read, by its name. Only `new` of a name (`new EmailService()`, `new Mailer(config)`);
 * a factory's result (`module.exports = createMailer()`) is left as before.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The `new X(…)` that `module.exports = new X(…)` makes the module's value; else undefined. */
export function commonJsInstance(statement: ts.Statement): ts.NewExpression | undefined {
  if (!typescript.isExpressionStatement(statement)) return undefined;
  const assignment = statement.expression;
  if (!typescript.isBinaryExpression(assignment) || assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return undefined;
  const left = assignment.left;
  if (!typescript.isPropertyAccessExpression(left) || !typescript.isIdentifier(left.expression) || left.expression.text !== 'module' || left.name.text !== 'exports') return undefined;
  const value = unwrap(assignment.right);
  return typescript.isNewExpression(value) && typescript.isIdentifier(unwrap(value.expression)) ? value : undefined;
}
