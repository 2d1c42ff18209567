/**
 * The methods of each class and object literal declared at the top of a file, by the declaration's name and the
 * method's: what a service's own helper (`this.buildMail(user)`, `RegistrationService.getRecipients(…)`) is, read
 * once per file for own-method-result.ts and own-collection-result.ts.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

export type OwnMethod = ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

const ownersOf = new WeakMap<ts.SourceFile, Map<string, Map<string, OwnMethod>>>();

/** Methods with a body of the file's top-level classes and `const x = { … }` objects (methods and function values). */
export function ownMethods(sourceFile: ts.SourceFile): Map<string, Map<string, OwnMethod>> {
  let found = ownersOf.get(sourceFile);
  if (found) return found;
  found = new Map();
  for (const statement of sourceFile.statements) {
    if (typescript.isClassDeclaration(statement) && statement.name) {
      const methods = new Map<string, OwnMethod>();
      for (const member of statement.members) if (typescript.isMethodDeclaration(member) && member.body && typescript.isIdentifier(member.name)) methods.set(member.name.text, member);
      found.set(statement.name.text, methods);
    }
    if (!typescript.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && unwrap(declaration.initializer);
      if (!typescript.isIdentifier(declaration.name) || !init || !typescript.isObjectLiteralExpression(init)) continue;
      const methods = new Map<string, OwnMethod>();
      for (const property of init.properties) {
        if (typescript.isMethodDeclaration(property) && property.body && typescript.isIdentifier(property.name)) methods.set(property.name.text, property);
        if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name)) {
          const value = unwrap(property.initializer);
          if (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) methods.set(property.name.text, value);
        }
      }
      found.set(declaration.name.text, methods);
    }
  }
  ownersOf.set(sourceFile, found);
  return found;
}
