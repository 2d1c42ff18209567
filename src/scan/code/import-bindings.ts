/**
 * The names a file binds at its top level from other modules, by `import` or by a `require` taken apart, each with
 * the specifier and the name it stands for there (`default`, `*` for a namespace or a whole `require`, or the
 * exported name). Read once per file: several tests ask who a local name is (own-module-imports.ts, path-read.ts).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

export interface ImportBinding {
  local: string;
  specifier: string;
  /** `default`, `*` (a namespace import, or the whole value `require` returns), or the exported name. */
  imported: string;
  /** By an `import` declaration or by a top-level `require`. */
  by: 'import' | 'require';
}

const bindingsOf = new WeakMap<ts.SourceFile, readonly ImportBinding[]>();

export function importBindings(sourceFile: ts.SourceFile): readonly ImportBinding[] {
  const cached = bindingsOf.get(sourceFile);
  if (cached) return cached;
  const bindings: ImportBinding[] = [];
  for (const statement of sourceFile.statements) {
    if (typescript.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly || !typescript.isStringLiteral(statement.moduleSpecifier)) continue;
      const specifier = statement.moduleSpecifier.text;
      if (clause.name) bindings.push({ local: clause.name.text, specifier, imported: 'default', by: 'import' });
      const named = clause.namedBindings;
      if (named && typescript.isNamespaceImport(named)) bindings.push({ local: named.name.text, specifier, imported: '*', by: 'import' });
      else if (named) {
        for (const element of named.elements) {
          if (!element.isTypeOnly) bindings.push({ local: element.name.text, specifier, imported: (element.propertyName ?? element.name).text, by: 'import' });
        }
      }
    } else if (typescript.isVariableStatement(statement)) {
      // `const { baseLayout } = require('./layout')`, `const get = require('lodash/get')`
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!init || !typescript.isCallExpression(init) || !typescript.isIdentifier(init.expression) || init.expression.text !== 'require') continue;
        const argument = init.arguments[0];
        if (!argument || !typescript.isStringLiteral(argument)) continue;
        const specifier = argument.text;
        if (typescript.isIdentifier(declaration.name)) bindings.push({ local: declaration.name.text, specifier, imported: '*', by: 'require' });
        else if (typescript.isObjectBindingPattern(declaration.name)) {
          for (const element of declaration.name.elements) {
            if (!typescript.isIdentifier(element.name)) continue;
            const property = element.propertyName && typescript.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
            bindings.push({ local: element.name.text, specifier, imported: property, by: 'require' });
          }
        }
      }
    }
  }
  bindingsOf.set(sourceFile, bindings);
  return bindings;
}
