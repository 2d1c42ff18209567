/**
 * The names a file imports from the project's own modules: a relative specifier (`./baseLayout.js`) or an alias of
 * the project's folders (`@/lib/layout`, `~/emails/layout`, `#emails/layout`), by `import` or by a top-level
 * `require` taken apart. A package's function (`import { hash } from 'bcrypt'`) is not among them: what it returns
 * is the package's business, where a function of the app's own is, for a parse-only reading, the app's own code.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

const OWN_SPECIFIER = /^(\.{1,2}\/|[@~#]\/|#)/;

const importsOf = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

export function ownModuleImports(sourceFile: ts.SourceFile): ReadonlySet<string> {
  const cached = importsOf.get(sourceFile);
  if (cached) return cached;
  const names = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (typescript.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly || !typescript.isStringLiteral(statement.moduleSpecifier) || !OWN_SPECIFIER.test(statement.moduleSpecifier.text)) continue;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && typescript.isNamedImports(bindings)) for (const element of bindings.elements) if (!element.isTypeOnly) names.add(element.name.text);
    } else if (typescript.isVariableStatement(statement)) {
      // `const { baseLayout } = require('./layout')`
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!init || !typescript.isCallExpression(init) || !typescript.isIdentifier(init.expression) || init.expression.text !== 'require') continue;
        const specifier = init.arguments[0];
        if (!specifier || !typescript.isStringLiteral(specifier) || !OWN_SPECIFIER.test(specifier.text)) continue;
        if (typescript.isIdentifier(declaration.name)) names.add(declaration.name.text);
        else if (typescript.isObjectBindingPattern(declaration.name)) for (const element of declaration.name.elements) if (typescript.isIdentifier(element.name)) names.add(element.name.text);
      }
    }
  }
  importsOf.set(sourceFile, names);
  return names;
}
