/**
 * CommonJS exports, as Node projects in JavaScript write them (seen in mano's Express API, `module.exports = {
 * sendEmail }` required as `const mailservice = require('../utils/mailservice')`): `module.exports = { a, b: c }`,
 * `module.exports.a = a` and `exports.a = a` export the local functions or values named, so `mailservice.sendEmail(…)`
 * in a requiring module reaches that function's summary, as an ES import of a named export does. A value written
 * inline (`exports.a = () => …`, `module.exports = new Mailer()`) names no local and is left out, as is a whole
 * module exported as one function (`module.exports = sendEmail`, called as the required value itself).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { ModuleFacts } from '../../flows/module-facts.js';

function isModuleExports(node: ts.Expression): boolean {
  return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'module' && node.name.text === 'exports';
}

/** Adds the exports one top-level `module.exports = …` / `exports.x = …` statement makes to `facts`. */
export function collectCommonJsExports(statement: ts.Statement, facts: ModuleFacts): void {
  if (!typescript.isExpressionStatement(statement)) return;
  const assignment = statement.expression;
  if (!typescript.isBinaryExpression(assignment) || assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return;
  const target = assignment.left;
  const value = assignment.right;
  if (isModuleExports(target)) {
    if (!typescript.isObjectLiteralExpression(value)) return;
    for (const property of value.properties) {
      if (typescript.isShorthandPropertyAssignment(property)) facts.exports.push({ name: property.name.text, local: property.name.text });
      else if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name) && typescript.isIdentifier(property.initializer)) facts.exports.push({ name: property.name.text, local: property.initializer.text });
    }
    return;
  }
  // `module.exports.sendEmail = sendEmail`, `exports.sendEmail = sendEmail`.
  if (!typescript.isPropertyAccessExpression(target) || !typescript.isIdentifier(value)) return;
  const owner = target.expression;
  if (isModuleExports(owner) || (typescript.isIdentifier(owner) && owner.text === 'exports')) facts.exports.push({ name: target.name.text, local: value.text });
}
