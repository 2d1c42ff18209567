/**
 * A service object declared first and exported as the module's value (session 15, seen in an Express back end in
 * JavaScript: `const PushService = { async enviar(empresaId, usuarioId, payload) { … webpush.sendNotification(…) } };
 * module.exports = PushService`, required as `const PushService = require('./push/push.service')` and called as
 * `PushService.enviar(…)`). It is the same module value as `module.exports = { async enviar() {…} }` written inline
 * (commonjs-exports.ts `inlineCommonJsObject`), only named first, so its methods are the module's members. It used
 * to be a default export naming a local whose methods the link stage never reached, so every caller's data stopped
 * at the require. Only a `const`/`let`/`var` of the module's top level initialised with an object literal that has
 * functions of its own; an object naming only other locals stays as collectCommonJsExports reads it.
 */
import type ts from 'typescript';
import { inlineMembers } from './commonjs-exports.js';
import { typescript } from './typescript-api.js';

/** The object literal `module.exports = Name` exports, where `Name` is a top-level object of methods; else undefined. */
export function namedCommonJsObject(statement: ts.Statement, sourceFile: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  if (!typescript.isExpressionStatement(statement)) return undefined;
  const assignment = statement.expression;
  if (!typescript.isBinaryExpression(assignment) || assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken || !typescript.isIdentifier(assignment.right)) return undefined;
  const left = assignment.left;
  if (!typescript.isPropertyAccessExpression(left) || !typescript.isIdentifier(left.expression) || left.expression.text !== 'module' || left.name.text !== 'exports') return undefined;
  const name = assignment.right.text;
  for (const candidate of sourceFile.statements) {
    if (!typescript.isVariableStatement(candidate)) continue;
    for (const declaration of candidate.declarationList.declarations) {
      if (!typescript.isIdentifier(declaration.name) || declaration.name.text !== name || !declaration.initializer) continue;
      const object = declaration.initializer;
      return typescript.isObjectLiteralExpression(object) && inlineMembers(object).length > 0 ? object : undefined;
    }
  }
  return undefined;
}
