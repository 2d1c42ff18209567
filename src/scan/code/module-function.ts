/**
 * A module whose value is one function written without a name (session 12, seen in api-conseiller-numerique's ~45
 * mail modules, `module.exports = (db, mailer) => { …; return { templateName, render, send } }`; the same shape as
 * `export default (deps) => ({ … })` and Express/Feathers `module.exports = function (app) { … }`). Such a function
 * had no name, so no summary: its nested functions were read as top-level ones and a requiring module's
 * `makeMail(db, mailer).send(user)` reached nothing. It is the module's function `default` (the name a default
 * export has), so what it returns (`returns`) is what its callers get, as for a named factory.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The name the module's anonymous function is given: the export it is. */
export const MODULE_FUNCTION = 'default';

function isModuleExports(node: ts.Expression): boolean {
  return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'module' && node.name.text === 'exports';
}

/**
 * The function a top-level statement makes the module's value when it has no name of its own: `export default
 * (…) => …`, `export default function (…) {…}`, `module.exports = (…) => …` or `= function (…) {…}`. `addsExport`
 * says whether the statement makes no export fact of its own (a CommonJS assignment, a function declaration).
 */
export function anonymousModuleFunction(statement: ts.Statement): { fn: ts.SignatureDeclaration; addsExport: boolean } | undefined {
  if (typescript.isExportAssignment(statement) && !statement.isExportEquals) {
    const value = unwrap(statement.expression);
    return isAnonymousFunction(value) ? { fn: value, addsExport: false } : undefined;
  }
  if (typescript.isFunctionDeclaration(statement) && !statement.name && statement.body) {
    const modifiers = typescript.getModifiers(statement) ?? [];
    const isDefault = modifiers.some((m) => m.kind === typescript.SyntaxKind.DefaultKeyword);
    return isDefault ? { fn: statement, addsExport: true } : undefined;
  }
  if (!typescript.isExpressionStatement(statement)) return undefined;
  const assignment = statement.expression;
  if (!typescript.isBinaryExpression(assignment) || assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken || !isModuleExports(assignment.left)) return undefined;
  const value = unwrap(assignment.right);
  return isAnonymousFunction(value) ? { fn: value, addsExport: true } : undefined;
}

function isAnonymousFunction(node: ts.Expression): node is ts.ArrowFunction | ts.FunctionExpression {
  return typescript.isArrowFunction(node) || (typescript.isFunctionExpression(node) && !node.name);
}
